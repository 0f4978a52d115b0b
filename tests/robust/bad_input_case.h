#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/file_source.h"

namespace qala::testing {

/// One bad input of the corpus in tests/robust/bad_inputs/: files to replace, add or remove on
/// top of the mini project, and the exact message ("file:line:col: what was expected") the
/// pipeline must stop with.
///
/// A case file reads:
///   # comment lines
///   expect: analyses/mini.yaml:4:1: tab character in indentation; YAML expects spaces
///   === analyses/mini.yaml          (the lines below, up to the next ===, are the new file)
///   === remove site/pages/a.kk.md   (the file is taken away)
///   === escaped data/x.csv          (as above, with \r \t \\ and \xHH turned into bytes)
struct BadInputCase {
  std::string name;  // the case file's name without .case
  std::string expect;
  std::map<std::string, std::optional<std::string>> changes;  // nullopt: remove the file
};

/// Parses a case file; throws std::runtime_error when it is malformed.
BadInputCase parse_bad_input_case(const std::string& name, const std::string& text);

/// Every *.case file in `dir`, sorted by name.
std::vector<BadInputCase> load_bad_input_cases(const std::string& dir);

/// The mini project (tests/support/mini_project.cc) as path -> bytes, with the case applied.
std::map<std::string, std::string> project_files(const BadInputCase& c);

/// The same files as a MemoryFileSource for the in-memory pipeline.
MemoryFileSource to_source(const std::map<std::string, std::string>& files);

}  // namespace qala::testing
