#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace qala::fuzz {

/// One fuzzed entry point of Qala: it takes arbitrary bytes and must either succeed or throw
/// one of the documented error types (InputError, MethodError). Anything else that escapes it
/// (another exception, a sanitizer report, a hang) is a bug. The libFuzzer targets in fuzz/
/// and the regression test tests/robust/fuzz_regression_test.cc call the same functions.
using Entry = void (*)(const std::string& bytes);

/// The study loader: `bytes` is analyses/mini.yaml of a small valid project, loaded and planned.
void study_loader(const std::string& bytes);
/// The CSV reader: `bytes` split into rows, then loaded as the small project's dataset.
void csv_reader(const std::string& bytes);
/// The golden parser: `bytes` is golden/mini.yaml, loaded and checked against fixed results
/// of the mini study (the statistics are not fuzzed here).
void golden_parser(const std::string& bytes);
/// The template renderer: `bytes` is a template, checked as Qala checks templates, then rendered
/// with hostile data; the output must carry no live markup from the data.
void template_renderer(const std::string& bytes);
/// The Markdown renderer: `bytes` is page text; the HTML must carry no raw HTML or script URL.
void markdown_renderer(const std::string& bytes);
/// The YAML tree cache: `bytes` as a (damaged) cache entry, which decodes to nothing or to a tree
/// that survives encoding; then as YAML, whose parsed tree must come back from the cache whole.
void yaml_tree_cache(const std::string& bytes);

struct Target {
  std::string_view name;
  Entry entry;
};

/// Every target, by the name of its corpus folder.
const std::vector<Target>& targets();

/// Runs `entry` and swallows the documented error types only.
void run_accepting_documented_errors(Entry entry, const std::string& bytes);

}  // namespace qala::fuzz
