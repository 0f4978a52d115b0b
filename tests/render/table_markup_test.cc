// What site/js/tables.js reads from the study pages' data tables, and that scripts are assets
// every page loads.
#include <catch2/catch.hpp>

#include <cmath>

#include "load/file_source.h"
#include "load/project_loader.h"
#include "render/data_table.h"
#include "render/page_frame.h"
#include "support/mini_project.h"

using namespace qala;

namespace {

Project project_with_strings() {
  Project p;
  p.site.languages = {"en", "ru"};
  p.site.title = {{"en", "T"}, {"ru", "Т"}};
  for (const char* lang : {"en", "ru"})
    p.strings[lang] = {{"language.name", lang}, {"table_filter.label", "Filter rows"}};
  return p;
}

Dataset dataset_of(std::vector<double> values, size_t rows) {
  Dataset d;
  d.id = "d";
  d.file = "data/x/d.csv";
  d.title = {{"en", "D"}, {"ru", "Д"}};
  Column c;
  c.name = "value";
  c.numbers = std::move(values);
  d.table.columns.push_back(c);
  d.table.rows.resize(rows);
  return d;
}

std::string cell(const view::Map& view, size_t row, const std::string& field) {
  const auto& rows = std::get<view::Array>(view.at("rows"));
  const auto& cells = std::get<view::Array>(std::get<view::Map>(rows.at(row)).at("cells"));
  return std::get<std::string>(std::get<view::Map>(cells.at(0)).at(field));
}

}  // namespace

TEST_CASE("numeric cells carry a plain sort value beside their localized text", "[render]") {
  Project project = project_with_strings();
  Dataset d = dataset_of({1234.5, -5, std::nan(""), 0.1}, 4);
  view::Map view = dataset_view(d, project, Strings(project, "ru"));
  // ru writes 1 234,5 (narrow no-break space U+202F) and −5 (minus U+2212); tables.js cannot
  // read those, so the sort value is the C locale's shortest round trip.
  CHECK(cell(view, 0, "text") == "1\u202f234,5");
  CHECK(cell(view, 0, "sort_value") == "1234.5");
  CHECK(cell(view, 1, "text") == "\u22125");
  CHECK(cell(view, 1, "sort_value") == "-5");
  CHECK(cell(view, 2, "sort_value").empty());  // a missing value sorts last
  CHECK(cell(view, 3, "sort_value") == "0.1");
  CHECK_FALSE(std::get<bool>(view.at("filterable")));  // 4 rows: no filter box
  CHECK(view.count("filter") == 0);
  view::Map long_table =
      dataset_view(dataset_of(std::vector<double>(10, 1.0), 10), project, Strings(project, "en"));
  CHECK(std::get<bool>(long_table.at("filterable")));
  // What partials/table_filter.html shows: its ids name the table's, its label is the UI string.
  const auto& filter = std::get<view::Map>(long_table.at("filter"));
  CHECK(std::get<std::string>(filter.at("id")) + "-table" ==
        std::get<std::string>(long_table.at("anchor")) + "-table");
  CHECK(std::get<std::string>(filter.at("label")) == "Filter rows");
  CHECK(std::get<std::string>(filter.at("extra_class")).empty());
}

TEST_CASE("site/js scripts are assets every page loads", "[render]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  REQUIRE(project.assets.count("tables.js") == 1);
  REQUIRE(project.assets.count("site.css") == 1);
  SiteStrings strings;
  for (const auto& lang : project.site.languages) strings.emplace(lang, Strings(project, lang));
  view::Map frame = page_frame(project, strings, "ru", "studies/x/index.html", "X");
  const auto& scripts = std::get<view::Array>(frame.at("scripts"));
  REQUIRE(scripts.size() == 1);
  CHECK(std::get<std::string>(std::get<view::Map>(scripts[0]).at("src")) ==
        "../../../assets/tables.js");
  const auto& sheets = std::get<view::Array>(frame.at("stylesheets"));
  CHECK(sheets.size() == 1);  // the script is not also a stylesheet
}

TEST_CASE("a script and a stylesheet may not share a name", "[render]") {
  MemoryFileSource files = testing::mini_project();
  CHECK(testing::first_error(files).empty());
  files.add("site/js/extra.js", "");
  CHECK(testing::first_error(files).empty());
  files.add("site/css/tables.js", "");
  files.add("site/js/tables.js", "");
  CHECK(testing::first_error(files) ==
        "site/js/tables.js: expected a unique asset name; 'tables.js' is also in another folder");
}
