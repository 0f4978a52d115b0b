#include "fuzz_entry.h"

#include <mstch/mstch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "check/run_checks.h"
#include "core/error.h"
#include "load/csv_reader.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/template_check.h"
#include "support/mini_project.h"

namespace qala::fuzz {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

/// A property the output broke: report it and abort, so libFuzzer and CTest see a crash.
[[noreturn]] void fail(const char* what, const std::string& output) {
  std::fprintf(stderr, "fuzz property broken: %s\n--- output ---\n%s\n", what, output.c_str());
  std::abort();
}

/// Method names the plan accepts: a fixed part of the built-in list, so the targets need not
/// link (and instrument) the statistics.
const std::vector<std::string>& method_names() {
  static const std::vector<std::string> names{"correlation", "descriptive", "kmeans", "trend"};
  return names;
}

BuildPlan load_and_plan(const MemoryFileSource& files, Project& project) {
  project = load_project(files);
  return make_plan(project, method_names(), "fuzz");
}

}  // namespace

void study_loader(const std::string& bytes) {
  MemoryFileSource files = testing::mini_project();
  files.add("analyses/mini.yaml", bytes);
  Project project;
  load_and_plan(files, project);
}

void csv_reader(const std::string& bytes) {
  try {
    read_csv_rows(bytes, "data/fuzz.csv");
  } catch (const InputError&) {
  }
  MemoryFileSource files = testing::mini_project();
  files.add("data/mini/series.csv", bytes);
  Project project;
  load_and_plan(files, project);
}

void golden_parser(const std::string& bytes) {
  MemoryFileSource files = testing::mini_project();
  files.add("golden/mini.yaml", bytes);
  Project project;
  load_and_plan(files, project);
  // What the trend method reports for the mini series (least squares of y on t: y = -0.05 + 2.04
  // t), so checks of the fuzzed golden file meet real result paths.
  Result fit;
  fit.set("coefficients/a", -0.05);
  fit.set("coefficients/b", 2.04);
  fit.set("r2", 0.9987);
  fit.set("n", 4);
  RunResults results;
  results["mini"]["fit"] = fit;
  run_checks(project, results);
}

void template_renderer(const std::string& bytes) {
  const std::map<std::string, std::string> templates{
      {"page.html", bytes},
      {"partial.html", "<b title=\"{{name}}\">{{name}}</b>{{#items}}<i>{{.}}</i>{{/items}}"},
  };
  check_template("page.html", templates);
  const std::string hostile = "<script>alert_1</script>\"' onmouseover=alert_2 javascript:x";
  mstch::config::escape = html_escape;
  mstch::map t{{"home", std::string("Home ") + hostile}};
  mstch::map context{{"name", hostile},
                     {"title", hostile},
                     {"items", mstch::array{hostile, std::string("plain")}},
                     {"flag", true},
                     {"t", t},
                     {"body_html", std::string("<p>built by Qala</p>")},
                     {"page", mstch::map{{"name", hostile}}}};
  std::string out;
  try {
    out = mstch::render(bytes, context, templates);
  } catch (const std::exception& e) {
    // render_site turns a template mstch refuses into an InputError at the template.
    throw InputError(SourceLocation{template_file("page.html"), 0, 0},
                     std::string("template could not be rendered: ") + e.what());
  }
  // The template's own text may hold markup; the data's markers must never come out live.
  if (out.find("<script>alert_") != std::string::npos && bytes.find("alert_") == std::string::npos)
    fail("a script from the data came out live", out);
  if (out.find("\"' onmouseover=alert_2") != std::string::npos &&
      bytes.find("onmouseover") == std::string::npos)
    fail("a quote from the data broke out of an attribute", out);
}

void markdown_renderer(const std::string& bytes) {
  std::string html = lower(markdown_to_html(bytes));
  for (const char* live : {"<script", "<iframe", "<img src=\"javascript:", "href=\"javascript:",
                           "href=\"vbscript:", "href=\"data:text/html", "<style", " onerror="})
    if (html.find(live) != std::string::npos) fail(live, html);
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all{{"study_loader", study_loader},
                                       {"csv_reader", csv_reader},
                                       {"golden_parser", golden_parser},
                                       {"template_renderer", template_renderer},
                                       {"markdown_renderer", markdown_renderer}};
  return all;
}

void run_accepting_documented_errors(Entry entry, const std::string& bytes) {
  try {
    entry(bytes);
  } catch (const InputError& e) {
    e.format();  // the message a person would read must be buildable too
  } catch (const MethodError&) {
  }
}

}  // namespace qala::fuzz
