// The shipped project run end to end, then the study pages and the reproducibility report
// examined: coverage per printed table, findings, anchors of single checks, typology and
// confidence-interval charts and the downloads beside each study page.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "check/run_checks.h"
#include "load/file_source.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "render/render_site.h"
#include "run/method_registry.h"
#include "run/run_analyses.h"

using namespace qala;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

struct Built {
  Project project;
  CheckReport report;
  std::map<std::string, std::string> pages;
};

const Built& built() {
  static const Built b = [] {
    Built out;
    DiskFileSource files(QALA_SOURCE_DIR);
    out.project = load_project(files);
    const MethodRegistry& methods = builtin_methods();
    BuildPlan plan = make_plan(out.project, methods.names(), "test");
    RunResults results = run_analyses(plan, methods);
    out.report = run_checks(out.project, results);
    for (auto& page : render_site(out.project, results, out.report))
      out.pages[page.path] = std::move(page.content);
    return out;
  }();
  return b;
}

const TableCoverage* coverage(const std::string& study, const std::string& table) {
  const auto& tables = built().report.coverage.at(study);
  for (const auto& t : tables)
    if (t.table == table) return &t;
  return nullptr;
}

}  // namespace

TEST_CASE("coverage counts printed numbers, not golden entries", "[render][studies]") {
  // Paper 000, text on Figures 3-5: 9 towns said to recur in one cluster and 24 statements
  // that a town lies above its cluster centre (counted in the paper text); each is checked
  // against several typologies, so there are far more entries (111) than printed numbers.
  const TableCoverage* text = coverage("monotown-marketing-2024", "Text on Figures 3-5");
  REQUIRE(text != nullptr);
  CHECK(text->printed == 33);
  CHECK(text->transcribed == 33);
  // Satpayev has no row in the 27-town column, so "above centre in Figure 3" cannot be computed.
  CHECK(text->checked == 32);
  CHECK(text->reproduced + text->consistent + text->differs + text->unavailable == 111);
  // Figure 9 of paper 004: 39 printed numbers (5 + 10 + 24), all checked, some twice.
  const TableCoverage* fig9 = coverage("karaganda-2021", "Figure 9");
  REQUIRE(fig9 != nullptr);
  CHECK(fig9->printed == 39);
  CHECK(fig9->transcribed == 39);
  CHECK(fig9->checked == 39);
}

TEST_CASE("the reproducibility report links down to single checks", "[render][studies]") {
  const std::string& html = built().pages.at("en/reproducibility/index.html");
  CHECK(contains(html, "<table class=\"coverage\" data-sortable>"));
  CHECK(contains(html, "<table class=\"checks report\" data-sortable>"));
  // A finding (Temirtau is not in the 2nd k-means cluster of the 27 towns) with its row.
  CHECK(contains(html, "id=\"check-monotown-marketing-2024-core-27-kmeans-temirtau\""));
  CHECK(contains(html, "href=\"#check-monotown-marketing-2024-core-27-kmeans-temirtau\""));
  CHECK(contains(html, "id=\"study-karaganda-2021-coverage\""));
  // Every declared finding is listed with its reason.
  for (const auto& c : built().report.checks)
    if (c.status == CheckStatus::kDiffers)
      CHECK(contains(html, "<li><a href=\"#check-" + c.study + "-" + c.id + "\">"));
}

TEST_CASE("study pages show typologies, confidence intervals and downloads", "[render][studies]") {
  const auto& pages = built().pages;
  const std::string& p000 = pages.at("en/studies/monotown-marketing-2024/index.html");
  for (const std::string id : {"typology-27-kmeans", "typology-20-hclust", "typology-9-kmeans"})
    CHECK(contains(p000, "id=\"chart-" + id + "\""));
  CHECK(contains(p000, "the text says above its cluster centre"));
  const std::string& p002 = pages.at("en/studies/monotown-regression-2024/index.html");
  // WLS.1, man_rate: 0.023 ± t(0.975, 70) × 0.006 with t = 1.994437 (R: qt(0.975, 70)), so
  // the interval is [0.011033, 0.034967].
  CHECK(contains(p002, "0.011033"));
  CHECK(contains(p002, "0.034967"));
  for (const auto& study : built().project.studies) {
    // One copy of each download, linked from the study's page in every language.
    std::string dir = "downloads/" + study.id + "/";
    INFO(dir);
    REQUIRE(pages.count(dir + "checks.csv") == 1);
    REQUIRE(pages.count(dir + "results.json") == 1);
    CHECK(pages.count("ru/studies/" + study.id + "/checks.csv") == 0);
    for (const std::string lang : {"en", "ru", "kk"})
      CHECK(contains(pages.at(lang + "/studies/" + study.id + "/index.html"),
                     "href=\"../../../downloads/" + study.id + "/checks.csv\""));
    const std::string& csv = pages.at(dir + "checks.csv");
    size_t lines = 0;
    for (char c : csv) lines += c == '\n';
    // Reasons are quoted and contain no line breaks, so one line per check plus the header.
    CHECK(lines == study.golden.size() + 1);
    CHECK(csv.rfind("id,kind,table,row,column,page,published,", 0) == 0);
  }
}
