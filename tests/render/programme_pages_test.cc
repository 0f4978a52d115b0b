// The home page's locator map and figures, the strategy tables and the report to the Science
// Committee, rendered from the shipped project. Expected counts are computed here from the CSV
// files with a reader of this test's own, not with the loader under test.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/error.h"
#include "load/file_source.h"
#include "load/geojson_outline.h"
#include "load/project_loader.h"
#include "render/i18n.h"
#include "render/locator_map.h"
#include "render/render_site.h"

using namespace qala;

namespace {

using Row = std::map<std::string, std::string>;

/// The rows of a CSV file of the project (quoted cells allowed, no line breaks inside cells).
std::vector<Row> read_csv(const std::string& rel_path) {
  std::ifstream in(std::string(QALA_SOURCE_DIR) + "/" + rel_path);
  std::vector<std::vector<std::string>> lines;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cells.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.emplace_back();
      } else {
        cells.back() += c;
      }
    }
    lines.push_back(cells);
  }
  std::vector<Row> rows;
  for (size_t r = 1; r < lines.size(); ++r) {
    Row row;
    for (size_t c = 0; c < lines[0].size() && c < lines[r].size(); ++c)
      row[lines[0][c]] = lines[r][c];
    rows.push_back(row);
  }
  return rows;
}

size_t count_of(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::map<std::string, std::string> render_shipped(Project& project) {
  std::map<std::string, std::string> by_path;
  for (auto& page : render_site(project, RunResults{}, CheckReport{}))
    by_path[page.path] = std::move(page.content);
  return by_path;
}

bool shared_outline_exists() {
  return std::filesystem::exists(std::string(QALA_SOURCE_DIR) +
                                 "/../shared/reference/geo/KAZ.geo.json");
}

}  // namespace

TEST_CASE("the equirectangular projection puts known points where expected", "[render][map]") {
  // Bounds 50..90 E, 40..56 N: standard parallel 48 N, cos 48 deg = 0.66913060636;
  // scale = (640 - 2*12) / (40 * 0.66913060636) = 23.014939 px per degree (Python math).
  MapProjection p(GeoBounds{50, 90, 40, 56}, 640, 12);
  CHECK(p.standard_parallel() == Approx(48));
  CHECK(p.x(50) == Approx(12));
  CHECK(p.x(90) == Approx(628));
  CHECK(p.x(70) == Approx(320));
  CHECK(p.y(56) == Approx(12));
  CHECK(p.y(40) == Approx(12 + 16 * 23.014939).epsilon(1e-6));
  CHECK(p.height() == Approx(24 + 16 * 23.014939).epsilon(1e-6));
  // Astana (71.4306 E, 51.1283 N): x = 12 + 21.4306 * 0.66913060636 * 23.014939 = 342.03,
  // y = 12 + 4.8717 * 23.014939 = 124.12.
  CHECK(p.x(71.4306) == Approx(342.03).margin(0.01));
  CHECK(p.y(51.1283) == Approx(124.12).margin(0.01));
}

TEST_CASE("GeoJSON outlines are read, and malformed ones are named by line and column",
          "[load][map]") {
  MapOutline outline = parse_geojson_outline(
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
"geometry":{"type":"MultiPolygon","coordinates":[[[[50,40],[60,40],[60,50],[50,40]]],
[[[70,45],[71,45],[71,46],[70,45]]]]}}]})",
      "outline.json");
  REQUIRE(outline.rings.size() == 2);
  CHECK(outline.rings[1][2].lon == 71);
  CHECK(outline.rings[1][2].lat == 46);

  try {
    parse_geojson_outline("{\"type\": \"Polygon\",\n \"coordinates\": [[[1, 2], [3, 4]],]}",
                          "x.json");
    FAIL("malformed JSON accepted");
  } catch (const InputError& e) {
    CHECK(e.where().file == "x.json");
    CHECK(e.where().line == 2);
    CHECK(e.where().column > 1);
  }
  CHECK_THROWS_AS(parse_geojson_outline(R"({"type":"Polygon","coordinates":[[[1,2],[3]]]})", "y"),
                  InputError);
  CHECK_THROWS_AS(parse_geojson_outline(R"({"type":"Point","coordinates":[1,2]})", "z"),
                  InputError);

  MemoryFileSource files;
  CHECK_FALSE(read_map_outline(files, "../nowhere/missing.geo.json").has_value());
}

TEST_CASE("the home page maps every town with coordinates and counts the official lists",
          "[render][map]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  auto pages = render_shipped(project);

  size_t with_coordinates = 0;
  for (const auto& row : read_csv("data/towns/coordinates.csv"))
    if (!row.at("latitude").empty() && !row.at("longitude").empty()) ++with_coordinates;
  REQUIRE(with_coordinates > 20);
  int list_2019 = 0, order_2023 = 0;
  for (const auto& row : read_csv("data/towns/towns.csv")) {
    list_2019 += row.at("in_list_2019_27") == "1";
    order_2023 += row.at("in_order_2023_20") == "1";
  }
  for (const auto& lang : project.site.languages) {
    const std::string& home = pages.at(lang + "/index.html");
    INFO(lang);
    CHECK(count_of(home, "class=\"map-town\"") == with_coordinates);
    CHECK(count_of(home, "<tr><th scope=\"row\">") >= with_coordinates);  // the map's table
    CHECK(contains(home,
                   "<strong class=\"figure-value\">" + std::to_string(list_2019) + "</strong>"));
    CHECK(contains(home,
                   "<strong class=\"figure-value\">" + std::to_string(order_2023) + "</strong>"));
    // Entry points only to pages the site has: strategies and the report, not (yet) the towns.
    CHECK(contains(home, "href=\"../" + lang + "/strategies/index.html\""));
    CHECK(contains(home, "href=\"../" + lang + "/report/index.html\""));
    CHECK(pages.count(lang + "/towns/index.html") ==
          (contains(home, "href=\"../" + lang + "/towns/index.html\"") ? 1u : 0u));
  }
  if (!shared_outline_exists()) {
    std::puts("QALA-SKIPPED: ../shared/reference/geo/KAZ.geo.json is absent");
    return;
  }
  REQUIRE(project.site.map_outline.has_value());
  CHECK(project.site.map_outline->rings.front().size() >= 100);
  CHECK(count_of(pages.at("en/index.html"), "class=\"map-outline\"") == 1);
}

TEST_CASE("without the outline the map is drawn on a graticule and says so", "[render][map]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  project.site.map_outline.reset();
  auto pages = render_shipped(project);
  const std::string& home = pages.at("en/index.html");
  CHECK_FALSE(contains(home, "class=\"map-outline\""));
  CHECK(contains(home, "class=\"map-graticule\""));
  CHECK(contains(home, project.strings.at("en").at("map.no_outline")));
}

TEST_CASE("the priority matrix counts each kind as often as Table 6 lists it",
          "[render][strategy]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  auto pages = render_shipped(project);
  std::map<std::string, int> per_kind;
  auto priorities = read_csv("data/p000/priorities.csv");
  for (const auto& row : priorities) ++per_kind[row.at("kind")];
  REQUIRE(per_kind.size() > 5);
  for (const auto& lang : project.site.languages) {
    const std::string& html = pages.at(lang + "/strategies/index.html");
    for (const auto& [kind, n] : per_kind) {
      INFO(lang << " " << kind);
      size_t row = html.find("<tr data-kind=\"" + kind + "\">");
      REQUIRE(row != std::string::npos);
      size_t total = html.find("class=\"num total\" data-sort-value=\"", row);
      REQUIRE(total != std::string::npos);
      CHECK(html.compare(total + 35, std::to_string(n).size() + 1, std::to_string(n) + "\"") == 0);
    }
    CHECK(contains(html, "data-total=\"all\">" + std::to_string(priorities.size()) + "<"));
    CHECK(count_of(html, "data-sortable") == 3);
    // Table 8 of paper 002: one row per printed area.
    CHECK(count_of(html, "<td class=\"num\" data-sort-value=\"") ==
          read_csv("data/p002/strategy.csv").size());
  }
}

TEST_CASE("the programme report totals planned and achieved outputs per year",
          "[render][committee]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  auto pages = render_shipped(project);
  std::map<std::string, int> planned, achieved;  // by year ("" = the whole period)
  for (const auto& row : read_csv("data/p001/outputs.csv")) {
    planned[row.at("year")] += std::stoi(row.at("planned"));
    if (!row.at("achieved").empty()) achieved[row.at("year")] += std::stoi(row.at("achieved"));
  }
  REQUIRE(planned.at("2023") > 0);
  const std::string& html = pages.at("en/report/index.html");
  for (const auto& year : {"2023", "2024", ""}) {
    INFO(year);
    CHECK(contains(
        html, "<td class=\"num planned total\">" + std::to_string(planned.at(year)) + "</td>"));
  }
  CHECK(contains(
      html, "<td class=\"num achieved total\">" + std::to_string(achieved.at("2023")) + "</td>"));
  CHECK(count_of(html, "<tr data-output=") == read_csv("data/p001/output-kinds.csv").size());
  CHECK(count_of(html, "<tr data-study=") == project.studies.size());
  CHECK(contains(html, "<svg"));
  CHECK_FALSE(contains(html, "report.pdf"));  // no PDF unless `qala build --pdf` made one
  for (const auto& lang : project.site.languages)
    CHECK(pages.count(lang + "/report/index.html") == 1);
}

TEST_CASE("a town with a page is linked from the map, over its marker", "[render][map]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  Strings en(project, "en");
  std::vector<MapTown> towns{
      {"abai", "Abai", GeoPoint{72.85, 49.6333}, "../en/towns/abai/index.html"},
      {"aksu", "Aksu", GeoPoint{76.9167, 52.0333}, ""}};
  std::string html = locator_map_html(towns, nullptr, en);
  CHECK(count_of(html, "class=\"map-town\"") == 2);
  CHECK(count_of(html, "class=\"map-link\"") == 1);
  CHECK(contains(html, "href=\"../en/towns/abai/index.html\""));
  // Links are HTML laid over the SVG, never <a> inside it (not valid HTML5 for tidy).
  size_t svg_end = html.find("</svg>");
  CHECK(html.find("<a ", html.find("<svg")) > svg_end);
  // The link carries the town's name for screen readers.
  CHECK(contains(html, "<span class=\"map-link-name\">Abai</span>"));
}
