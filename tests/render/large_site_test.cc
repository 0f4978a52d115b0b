// A site of more studies than kStudiesInFull: the shipped templates and texts with made-up
// studies added, so the report's table of all studies and the home page's link to it are
// rendered as a large project would see them.
#include <catch2/catch.hpp>

#include <set>

#include "load/file_source.h"
#include "load/project_loader.h"
#include "render/overview_pages.h"
#include "render/render_site.h"
#include "support/link_check.h"

using namespace qala;

namespace {

size_t count_of(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string id_of(int i) {
  std::string number = std::to_string(i);
  return "town-" + std::string(4 - number.size(), '0') + number;
}

Check check_of(const std::string& study, CheckStatus status, const std::string& reason) {
  Check c;
  c.study = study;
  c.id = "slope";
  c.kind = "reproduction";
  c.source.table = "Table 1";
  c.published = "4.8082";
  c.expected = 4.8082;
  c.computed = status == CheckStatus::kUnavailable ? std::nullopt : std::optional<double>(4.8);
  c.tolerance = 0.00005;
  c.status = status;
  c.expected_status = status;
  c.ok = true;
  c.reason = reason;
  return c;
}

/// The shipped project (its five studies without results) and `added` made-up studies with one
/// check each: all reproduced, except town-0002 (a known discrepancy) and town-0003 (unavailable
/// data); town-0004 has no golden values.
struct LargeSite {
  Project project;
  CheckReport report;

  explicit LargeSite(int added) {
    DiskFileSource files(QALA_SOURCE_DIR);
    project = load_project(files);
    for (int i = 1; i <= added; ++i) {
      Study s;
      s.id = id_of(i);
      s.file = "analyses/" + s.id + ".yaml";
      s.paper.authors = {"Synthetic A."};
      s.paper.year = 2026;
      s.paper.title = {{"en", "Town " + std::to_string(i)},
                       {"ru", "Город " + std::to_string(i)},
                       {"kk", std::to_string(i) + "-қала"}};
      for (const auto& lang : project.site.languages)
        project.pages["studies/" + s.id][lang] = "Text of " + s.id;
      project.studies.push_back(s);
      if (i == 4) continue;
      CheckStatus status = i == 2   ? CheckStatus::kDiffers
                           : i == 3 ? CheckStatus::kUnavailable
                                    : CheckStatus::kReproduced;
      report.checks.push_back(check_of(s.id, status, i == 2 ? "the paper rounds twice" : ""));
      TableCoverage coverage;
      coverage.table = "Table 1";
      coverage.transcribed = 1;
      coverage.checked = status == CheckStatus::kUnavailable ? 0 : 1;
      coverage.reproduced = status == CheckStatus::kReproduced;
      coverage.differs = status == CheckStatus::kDiffers;
      coverage.unavailable = status == CheckStatus::kUnavailable;
      report.coverage[s.id] = {coverage};
      CheckSummary summary{coverage.reproduced, coverage.differs, coverage.unavailable, 0};
      report.by_study[s.id] = summary;
      report.summary.reproduced += summary.reproduced;
      report.summary.differs += summary.differs;
      report.summary.unavailable += summary.unavailable;
    }
  }
};

std::map<std::string, const Page*> by_path(const std::vector<Page>& pages) {
  std::map<std::string, const Page*> out;
  for (const auto& page : pages) out[page.path] = &page;
  return out;
}

}  // namespace

TEST_CASE("a site of up to kStudiesInFull studies lists each one in full", "[render]") {
  LargeSite site(static_cast<int>(kStudiesInFull) - 5);
  REQUIRE(site.project.studies.size() == kStudiesInFull);
  Strings strings(site.project, "en");
  view::Map report = report_view(site.project, site.report, strings, "../../");
  CHECK(std::get<bool>(report.at("has_all_tables")) == false);
  CHECK(std::get<view::Array>(report.at("studies")).size() == kStudiesInFull);
  view::Map home = home_view(site.project, site.report, strings, "../");
  CHECK(std::get<view::Array>(home.at("studies")).size() == kStudiesInFull);
  CHECK(home.count("many_studies") == 0);
}

TEST_CASE("a larger site has one coverage table of all studies and sections only where needed",
          "[render]") {
  LargeSite site(static_cast<int>(kStudiesInFull) + 20);
  const size_t added = kStudiesInFull + 20;
  std::vector<Page> pages = render_site(site.project, RunResults{}, site.report);
  auto pages_at = by_path(pages);
  for (const auto& lang : site.project.site.languages) {
    INFO(lang);
    const std::string& report = pages_at.at(lang + "/reproducibility/index.html")->content;
    // One row per study with coverage (all added studies but town-0004).
    CHECK(count_of(report, "<th scope=\"row\"><a href=\"../../" + lang + "/studies/town-") ==
          added - 1);
    // Sections: the 5 shipped studies (no coverage without results), town-0002 (a known
    // discrepancy), town-0003 (unavailable) and town-0004 (no golden values).
    CHECK(count_of(report, "<section class=\"report-study\"") == 8);
    for (const char* id : {"town-0002", "town-0003", "town-0004", "karaganda-2021"})
      CHECK(count_of(report,
                     std::string("<section class=\"report-study\" id=\"study-") + id + "\"") == 1);
    // The reproduced studies' rows carry their anchor, so links to "#study-<id>" still land.
    CHECK(count_of(report, "<tr id=\"study-town-0001\">") == 1);
    CHECK(count_of(report, "<tr id=\"study-town-0002\">") == 0);
    CHECK(count_of(report, "href=\"#study-town-0002\"") == 1);
    // Every check of a study with a section is still listed, with its reason.
    CHECK(count_of(report, "id=\"check-town-0002-slope\"") == 1);
    CHECK(count_of(report, "the paper rounds twice") == 2);  // findings and the check's row
    CHECK(count_of(report, "id=\"check-town-0005-slope\"") == 0);

    // Each id is used once, and every link within the page names one of them.
    std::vector<std::string> ids = testing::attribute_values(report, "id");
    std::set<std::string> unique(ids.begin(), ids.end());
    CHECK(unique.size() == ids.size());
    for (const auto& href : testing::attribute_values(report, "href"))
      if (href.rfind("#", 0) == 0) CHECK(unique.count(href.substr(1)) == 1);
    // A study's link in the table leads to its page.
    CHECK(pages_at.count(lang + "/studies/town-0117/index.html") == 1);

    // Every link from any page of this language to a place in the report finds it there. A
    // check the report does not list is linked on its study's page instead, or not at all.
    const std::string to_report = "/" + lang + "/reproducibility/index.html#";
    size_t links = 0;
    for (const auto& page : pages) {
      if (page.path.rfind(lang + "/", 0) != 0) continue;
      for (const auto& href : testing::attribute_values(page.content, "href")) {
        size_t at = href.find(to_report);
        if (at == std::string::npos) continue;
        ++links;
        INFO(page.path << " -> " << href);
        CHECK(unique.count(href.substr(at + to_report.size())) == 1);
      }
    }
    CHECK(links > added);
    const std::string& listed = pages_at.at(lang + "/studies/town-0002/index.html")->content;
    CHECK(count_of(listed, "class=\"check-link\"") == 1);
    const std::string& unlisted = pages_at.at(lang + "/studies/town-0005/index.html")->content;
    CHECK(count_of(unlisted, "class=\"check-link\"") == 0);
    CHECK(count_of(unlisted, "id=\"row-check-town-0005-slope\"") == 1);

    const std::string& home = pages_at.at(lang + "/index.html")->content;
    CHECK(count_of(home, "class=\"study-card\"") == 0);
    CHECK(count_of(home, "reproducibility/index.html#all-studies\"") == 1);
    CHECK(count_of(report, "id=\"all-studies\"") == 1);
  }
  // Numbers in each language's style: the count of studies on the home page.
  CHECK(count_of(pages_at.at("ru/index.html")->content, "<strong>125</strong>") == 1);
}
