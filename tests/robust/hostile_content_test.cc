// Hostile text in every input that reaches a page comes out inert: escaped as text, raw HTML
// not rendered, no javascript: link, and ids that would make paths refused.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

#include "check/run_checks.h"
#include "core/error.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "render/render_site.h"
#include "run/method_registry.h"
#include "run/run_analyses.h"
#include "support/mini_project.h"

using namespace qala;

namespace {

/// Each input gets its own marker, so the test can see that this very input reached a page.
std::string marker(const std::string& where) { return "<script>alert_" + where + "()</script>"; }
std::string escaped(const std::string& where) {
  return "&lt;script&gt;alert_" + where + "()&lt;/script&gt;";
}
const std::string kQuote = "\" onmouseover=\"x";

/// The shipped site and templates (the real i18n strings and page kinds) with a hostile study.
MemoryFileSource hostile_project() {
  MemoryFileSource files;
  DiskFileSource shipped(QALA_SOURCE_DIR);
  for (const char* top : {"site", "templates"})
    for (const auto& path : shipped.list_recursive(top)) files.add(path, *shipped.read(path));
  auto q = [](const std::string& text) {  // a YAML double-quoted scalar
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\\\"") : std::string(1, c);
    return out + "\"";
  };
  files.add(
      "analyses/mini.yaml", "id: mini\npaper:\n  authors: [" + q(marker("author")) + ", " +
                                q(kQuote) + "]\n  year: 2024\n  journal: " + q(marker("journal")) +
                                "\n  doi: " + q(kQuote) + "\n  title: {en: " + q(marker("title")) +
                                ", ru: " + q(kQuote) + ", kk: \"javascript:alert(1)\"}\n" +
                                R"(golden: golden/mini.yaml
datasets:
  series: data/mini/series.csv
analyses:
  - id: fit
    method: trend
    dataset: series
    title: {en: ")" + marker("analysis") +
                                R"(", ru: a, kk: a}
    params: {x: t, y: y, family: linear}
)");
  files.add("data/mini/series.csv",
            "t,y,note\n1,2,\"<script>alert_cell()</script>\"\n2,4.1,\"\"\" onmouseover=\"\"x\"\n"
            "3,5.9,javascript:alert(1)\n4,8.2,../../etc/passwd\n");
  files.add("data/mini/series.meta.yaml",
            "title: {en: " + q(marker("dataset")) +
                ", ru: r, kk: k}\nsource: {paper: mini, table: " + q(marker("table")) +
                "}\nnotes: " + q(marker("notes")) + R"(
columns:
  - {name: t, type: integer, unit: ")" +
                marker("unit") + R"(", label: {en: ")" + marker("label") + R"(", ru: t, kk: t}}
  - {name: y, type: number, unit: "", label: {en: y, ru: y, kk: y}}
  - {name: note, type: text, unit: "", label: {en: note, ru: note, kk: note}}
)");
  files.add("golden/mini.yaml", R"(study: mini
checks:
  - id: slope
    printed: "2,04"
    source: {table: ")" + marker("source") +
                                    R"(", row: "\" onmouseover=\"x", column: value}
    result: fit/coefficients/b
  - id: gone
    printed: "7,5"
    source: {table: "Table 3"}
    expect: unavailable
    reason: ")" + marker("reason") + R"("
)");
  const std::string text =
      "# Heading\n\n" + marker("markdown") +
      "\n\n<img src=x onerror=alert(1)>\n\n"
      "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) "
      "[c](&#106;avascript:alert(1)) <a href=\"javascript:alert(1)\">d</a> "
      "<javascript:alert(1)> [e](vbscript:x) [f](data:text/html;base64,PHNj)\n";
  for (const char* lang : {"en", "ru", "kk"})
    files.add(std::string("site/pages/studies/mini.") + lang + ".md", text);
  // Site owners' texts too: the site title and a UI string.
  std::string site = *files.read("site/site.yaml");
  site.replace(site.find("en: Monotowns of Kazakhstan"), 27, "en: " + q(marker("site")));
  files.add("site/site.yaml", site);
  std::string en = *files.read("site/i18n/en.yaml");
  en.replace(en.find("name: English"), 13, "name: " + q(marker("ui")));
  files.add("site/i18n/en.yaml", en);
  return files;
}

std::vector<Page> build(const MemoryFileSource& files) {
  Project project = load_project(files);
  const MethodRegistry& methods = builtin_methods();
  BuildPlan plan = make_plan(project, methods.names(), "test");
  RunResults results = run_analyses(plan, methods);
  CheckReport report = run_checks(project, results);
  return render_site(project, results, report);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

const Page& page(const std::vector<Page>& pages, const std::string& path) {
  for (const auto& p : pages)
    if (p.path == path) return p;
  FAIL("no page " << path);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("hostile text in every input reaches the pages only as escaped text", "[robust]") {
  std::vector<Page> pages = build(hostile_project());
  std::string all;
  // The HTML pages; the CSV and JSON downloads beside study pages keep the text as it is (they
  // are data, not markup, and are served as such).
  for (const auto& p : pages)
    if (p.path.size() > 5 && p.path.compare(p.path.size() - 5, 5, ".html") == 0) all += p.content;
  const std::string study = page(pages, "en/studies/mini/index.html").content;
  const std::string report = page(pages, "en/reproducibility/index.html").content;

  // The markers reached the pages, escaped. Each is one input a user controls.
  for (const char* where : {"author", "journal", "title", "site", "ui"}) {
    INFO(where);
    CHECK(study.find(escaped(where)) != std::string::npos);
  }
  CHECK(all.find("&lt;script&gt;alert_cell()&lt;/script&gt;") != std::string::npos);
  for (const char* where :
       {"analysis", "dataset", "table", "notes", "unit", "label", "source", "reason"}) {
    INFO(where);
    if (all.find(escaped(where)) == std::string::npos)
      WARN("input not shown on any page: " << where);
  }
  // The Markdown text was rendered, its raw HTML dropped rather than escaped.
  CHECK(study.find("Heading</h1>") != std::string::npos);
  CHECK(study.find("raw HTML omitted") != std::string::npos);
  CHECK(study.find("alert_markdown") == std::string::npos);
  // Nothing came out raw.
  CHECK(lower(all).find("<script>alert") == std::string::npos);
  CHECK(all.find(kQuote) == std::string::npos);
  CHECK(all.find("onmouseover=\"") == std::string::npos);
  CHECK(lower(all).find("<img src=x") == std::string::npos);
  CHECK(lower(all).find("onerror=") == std::string::npos);
  for (const char* attr :
       {"href=\"javascript:", "src=\"javascript:", "href='javascript:", "href=javascript:",
        "href=\"&#106;avascript:", "href=\"vbscript:", "href=\"data:"}) {
    INFO(attr);
    CHECK(lower(all).find(attr) == std::string::npos);
  }
  // The quote in the DOI stays inside the attribute.
  CHECK(study.find("href=\"https://doi.org/&quot; onmouseover=&quot;x\"") != std::string::npos);
  CHECK(report.find(escaped("source")) != std::string::npos);
  for (const auto& p : pages) {
    INFO(p.path);
    CHECK(p.path.find("..") == std::string::npos);
    CHECK(p.path.find_first_of("<>\"' ") == std::string::npos);
  }
}

TEST_CASE("ids that would become paths or anchors are refused", "[robust]") {
  auto files = hostile_project();
  auto study = *files.read("analyses/mini.yaml");
  SECTION("a dataset id with a quote") {
    study.replace(study.find("  series:"), 9, "  \"a\\\" onmouseover=\\\"x\":");
    files.add("analyses/mini.yaml", study);
    CHECK_THROWS_WITH(build(files), Catch::Contains("expected a dataset id of lower-case"));
  }
  SECTION("an analysis id with a path") {
    study.replace(study.find("- id: fit"), 9, "- id: ../../x");
    files.add("analyses/mini.yaml", study);
    CHECK_THROWS_WITH(build(files), Catch::Contains("expected an analysis id of lower-case"));
  }
  SECTION("a study template outside templates/") {
    files.add("analyses/mini.yaml", study + "templates: {study: ../../etc/passwd}\n");
    CHECK_THROWS_WITH(build(files), Catch::Contains("expected a template file in templates/"));
  }
  SECTION("a printed number that is markup") {
    std::string golden = *files.read("golden/mini.yaml");
    golden.replace(golden.find("\"2,04\""), 6, "\"<b>2,04</b>\"");
    files.add("golden/mini.yaml", golden);
    CHECK_THROWS_WITH(build(files), Catch::Contains("expected a printed number"));
  }
  SECTION("a study file whose name is not an id") {
    files.add("analyses/Mini Evil.yaml", study);
    CHECK_THROWS_WITH(
        build(files),
        Catch::Contains("expected a study file name (analyses/<study-id>.yaml) of lower-case"));
  }
}
