#include "fuzz_entry.h"

#include <mstch/mstch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "build/cache_codec.h"
#include "check/run_checks.h"
#include "core/error.h"
#include "load/csv_reader.h"
#include "load/project_loader.h"
#include "load/yaml_reader.h"
#include "plan/build_plan.h"
#include "render/html.h"
#include "render/markdown.h"
#include "render/mustache.h"
#include "render/template_check.h"
#include "support/mini_project.h"
#include "support/mstch_view.h"

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

namespace {

/// Renders template `bytes` with every data field set from `data`, by mstch and by the compiled
/// renderer, which must give the same bytes.
std::string render_with(const std::string& bytes,
                        const std::map<std::string, std::string>& templates,
                        const std::string& data) {
  mstch::config::escape = html_escape;
  view::Map t{{"home", "Home " + data}};
  view::Map context{{"name", data},
                    {"title", data},
                    {"items", view::Array{data, std::string("plain")}},
                    {"flag", true},
                    {"t", t},
                    {"body_html", std::string("<p>built by Qala</p>")},
                    {"page", view::Map{{"name", data}}}};
  try {
    std::string rendered = mstch::render(bytes, qala::testing::to_mstch(context), templates);
    std::string compiled = CompiledTemplate::compile("page.html", templates).render(context);
    if (compiled != rendered)
      fail("the compiled renderer differs from mstch",
           "mstch:\n" + rendered + "\n--- compiled ---\n" + compiled);
    return rendered;
  } catch (const std::exception& e) {
    // render_site turns a template mstch refuses into an InputError at the template.
    throw InputError(SourceLocation{template_file("page.html"), 0, 0},
                     std::string("template could not be rendered: ") + e.what());
  }
}

size_t count_of(const std::string& text, char c) {
  return static_cast<size_t>(std::count(text.begin(), text.end(), c));
}

}  // namespace

/// The template is rendered twice: with hostile data, and with the same data with its markup
/// characters replaced by letters. Escaped data adds no '<', '>', '"' or '\'' to a page, so both
/// outputs must hold exactly as many of each: the template's own markup, nothing from the data.
void template_renderer(const std::string& bytes) {
  const std::map<std::string, std::string> templates{
      {"page.html", bytes},
      {"partial.html", "<b title=\"{{name}}\">{{name}}</b>{{#items}}<i>{{.}}</i>{{/items}}"},
  };
  check_template("page.html", templates);
  const std::string hostile = "<script>alert_1</script>\"' onmouseover=alert_2 javascript:x";
  std::string inert = hostile;
  std::replace_if(
      inert.begin(), inert.end(),
      [](char c) { return c == '<' || c == '>' || c == '"' || c == '\''; }, 'X');
  std::string live = render_with(bytes, templates, hostile);
  std::string plain = render_with(bytes, templates, inert);
  for (char c : {'<', '>', '"', '\''})
    if (count_of(live, c) != count_of(plain, c)) fail("markup from the data came out live", live);
}

/// Every tag of cmark-gfm's HTML as Qala configures it must be one cmark writes itself, with only
/// its own attributes, and no link or image may point at a script URL: raw HTML from the text
/// would show up as another tag or attribute.
void markdown_renderer(const std::string& bytes) {
  static const std::set<std::string> tags{
      "a",      "blockquote", "br",    "code", "del", "em",    "h1", "h2", "h3",
      "h4",     "h5",         "h6",    "hr",   "img", "li",    "ol", "p",  "pre",
      "strong", "table",      "tbody", "td",   "th",  "thead", "tr", "ul"};
  static const std::set<std::string> attributes{"href",  "src",   "alt",  "title",
                                                "align", "start", "class"};
  std::string html = lower(markdown_to_html(bytes));
  for (size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = html.find("-->", at);
      if (at == std::string::npos) fail("an unclosed comment", html);
      continue;
    }
    size_t end = html.find('>', at);
    if (end == std::string::npos) fail("an unclosed tag", html);
    std::string tag = html.substr(at + 1, end - at - 1);
    if (!tag.empty() && tag[0] == '/') tag.erase(0, 1);
    if (!tag.empty() && tag.back() == '/') tag.pop_back();
    size_t name_end = tag.find_first_of(" \n");
    if (!tags.count(tag.substr(0, name_end))) fail("a tag cmark does not write", html);
    // Attributes: name="value" pairs; values are escaped, so a quote ends them.
    for (size_t a = name_end; a != std::string::npos && a < tag.size();) {
      a = tag.find_first_not_of(' ', a);
      if (a == std::string::npos) break;
      size_t eq = tag.find('=', a);
      if (eq == std::string::npos || tag.compare(eq, 2, "=\"") != 0)
        fail("an attribute without a quoted value", html);
      std::string name = tag.substr(a, eq - a);
      size_t close = tag.find('"', eq + 2);
      if (close == std::string::npos) fail("an unclosed attribute value", html);
      std::string value = tag.substr(eq + 2, close - eq - 2);
      if (!attributes.count(name)) fail("an attribute cmark does not write", html);
      if ((name == "href" || name == "src") &&
          (value.rfind("javascript:", 0) == 0 || value.rfind("vbscript:", 0) == 0 ||
           value.rfind("file:", 0) == 0 ||
           (value.rfind("data:", 0) == 0 && value.rfind("data:image/", 0) != 0)))
        fail("a script URL", html);
      a = close + 1;
    }
  }
}

void yaml_tree_cache(const std::string& bytes) {
  if (auto tree = decode_value(bytes, "f.yaml")) {
    std::string encoded = encode_value(*tree);
    auto back = decode_value(encoded, "f.yaml");
    if (!back || encode_value(*back) != encoded)
      fail("a tree decoded from the cache does not survive encoding", encoded);
  }
  Value parsed = parse_yaml(bytes, "f.yaml");
  std::string encoded = encode_value(parsed);
  auto back = decode_value(encoded, "f.yaml");
  // The encoding holds every kind, text, key and place, so equal encodings are equal trees.
  if (!back || encode_value(*back) != encoded || back->canonical() != parsed.canonical())
    fail("a parsed tree does not come back from the cache whole", encoded);
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all{
      {"study_loader", study_loader},           {"csv_reader", csv_reader},
      {"golden_parser", golden_parser},         {"template_renderer", template_renderer},
      {"markdown_renderer", markdown_renderer}, {"yaml_tree_cache", yaml_tree_cache}};
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
