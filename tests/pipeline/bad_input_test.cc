// Each malformed input stops the build with file:line:col and what was expected there.
#include <catch2/catch.hpp>

#include "support/mini_project.h"

using qala::testing::first_error;
using qala::testing::mini_project;
using qala::testing::mini_study_yaml;

namespace {
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}
}  // namespace

TEST_CASE("the mini project loads, runs and checks cleanly", "[pipeline]") {
  CHECK(first_error(mini_project()) == "");
}

TEST_CASE("a tab in YAML indentation is refused at its column", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("analyses/mini.yaml", replaced(mini_study_yaml(), "  year: 2024", "\tyear: 2024"));
  CHECK(first_error(files) ==
        "analyses/mini.yaml:4:1: tab character in indentation; YAML expects spaces");
}

TEST_CASE("a duplicate YAML key names both lines", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("analyses/mini.yaml", mini_study_yaml() + "id: again\n");
  CHECK(first_error(files) ==
        "analyses/mini.yaml:15:1: duplicate key 'id' (first defined at line 1)");
}

TEST_CASE("an unknown key in a study suggests the nearest one", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("analyses/mini.yaml",
            replaced(mini_study_yaml(), "    method: trend", "    methd: trend"));
  CHECK(first_error(files) ==
        "analyses/mini.yaml:12:5: unknown key 'methd' (did you mean 'method'?)");
}

TEST_CASE("an unknown method suggests the nearest registered one", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("analyses/mini.yaml", replaced(mini_study_yaml(), "method: trend", "method: trnd"));
  CHECK(first_error(files) ==
        "analyses/mini.yaml:12:13: unknown method 'trnd' (did you mean 'trend'?)");
}

TEST_CASE("analyses that refer to each other in a cycle are refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("analyses/mini.yaml", mini_study_yaml() + R"(  - id: a
    method: trend-forecast
    params: {fit: {ref: b}, family: linear, at: 1}
  - id: b
    method: trend-forecast
    params: {fit: {ref: a}, family: linear, at: 1}
)");
  CHECK(first_error(files) ==
        "analyses/mini.yaml:15:5: analyses refer to each other in a cycle: a -> b -> a");
}

TEST_CASE("a decimal comma in a CSV cell says how to write the number", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("data/mini/series.csv", "t,y\n1,2\n2,\"4,1\"\n3,5.9\n4,8.2\n");
  CHECK(first_error(files) ==
        "data/mini/series.csv:3:3: expected a number in column 'y', found '4,1' (decimal comma? "
        "write numbers with a decimal point, e.g. 14897.7)");
}

TEST_CASE("a ragged CSV row names its cell count", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("data/mini/series.csv", "t,y\n1,2\n2\n3,5.9\n");
  CHECK(first_error(files) ==
        "data/mini/series.csv:3:1: row has 1 cells; expected 2 like the header");
}

TEST_CASE("CR LF line ends and a byte-order mark are refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("data/mini/series.csv", "t,y\r\n1,2\r\n");
  CHECK(first_error(files) ==
        "data/mini/series.csv:1:4: carriage return (CR LF line end); expected LF line ends");
  files.add("data/mini/series.csv", "\xEF\xBB\xBFt,y\n1,2\n");
  CHECK(first_error(files) ==
        "data/mini/series.csv:1:1: byte-order mark at the start; expected UTF-8 without a BOM");
}

TEST_CASE("an unparsable printed number in a golden file is refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("golden/mini.yaml", R"(study: mini
checks:
  - id: slope
    printed: "24,»"
    source: {table: "Table 2"}
    result: fit/coefficients/b
)");
  CHECK(first_error(files) ==
        "golden/mini.yaml:4:14: expected a printed number such as "
        "'0,812194727' or '1 088 901,2', found '24,»'");
}

TEST_CASE("a golden result path that nothing computed suggests the nearest",
          "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("golden/mini.yaml", R"(study: mini
checks:
  - id: slope
    printed: "2,04"
    source: {table: "Table 2"}
    result: fit/coefficients/bb
)");
  CHECK(first_error(files) ==
        "golden/mini.yaml:3:5: result 'fit/coefficients/bb' was not computed "
        "by any analysis (did you mean 'fit/coefficients/b'?)");
}

TEST_CASE("a discrepancy declared without a reason is refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("golden/mini.yaml", R"(study: mini
checks:
  - id: slope
    printed: "2,04"
    source: {table: "Table 2"}
    result: fit/coefficients/b
    expect: differs
)");
  CHECK(first_error(files) ==
        "golden/mini.yaml:3:5: an entry that expects 'differs' needs a 'reason' a reader "
        "understands");
}

TEST_CASE("a missing translation of a page text is refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("site/pages/about.en.md", "About\n");
  files.add("site/pages/about.ru.md", "О проекте\n");
  CHECK(first_error(files) ==
        "site/pages/about.en.md: page 'about' has no 'kk' translation (expected "
        "site/pages/about.kk.md)");
}

TEST_CASE("a UI string missing in one language is refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("site/i18n/en.yaml", "nav:\n  home: Home\n  about: About\n");
  CHECK(
      first_error(files) ==
      "site/i18n/en.yaml:3:10: string 'nav.about' has no translation in 'ru' (site/i18n/ru.yaml)");
}

TEST_CASE("a dataset path that leaves the project is refused", "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("analyses/mini.yaml",
            replaced(mini_study_yaml(), "data/mini/series.csv", "../outside/series.csv"));
  CHECK(first_error(files) ==
        "analyses/mini.yaml:9:11: path '../outside/series.csv' leaves the "
        "project; expected a relative path inside it");
}

TEST_CASE("an id missing from the file a dataset references is refused with a suggestion",
          "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("data/mini/series.csv", "t,y,town\n1,2,alpha\n2,4.1,beta\n3,5.9,alpah\n4,8.2,alpha\n");
  files.add("data/mini/towns.csv", "id,name\nalpha,Alpha\nbeta,Beta\n");
  files.add("data/mini/series.meta.yaml", R"(title: {en: Series, ru: Ряд, kk: Қатар}
source: {paper: mini, table: "Table 1"}
references: {town: mini/towns.id}
columns:
  - {name: t, type: integer, unit: "", label: {en: t, ru: t, kk: t}}
  - {name: y, type: number, unit: "", label: {en: y, ru: y, kk: y}}
  - {name: town, type: text, label: {en: town, ru: город, kk: қала}}
)");
  CHECK(first_error(files) ==
        "data/mini/series.csv:4:7: unknown town 'alpah'; expected a value of column 'id' in "
        "data/mini/towns.csv (did you mean 'alpha'?)");
  // The same file with every id known loads cleanly.
  files.add("data/mini/series.csv", "t,y,town\n1,2,alpha\n2,4.1,beta\n3,5.9,alpha\n4,8.2,alpha\n");
  CHECK(first_error(files) == "");
}

TEST_CASE("a golden check naming a table missing from 'tables:' is refused",
          "[pipeline][bad-input]") {
  auto files = mini_project();
  files.add("golden/mini.yaml", R"(study: mini
tables:
  - {table: "Table 3", printed_numbers: 1}
checks:
  - id: slope
    printed: "2,04"
    source: {table: "Table 2", row: slope, column: value}
    result: fit/coefficients/b
)");
  CHECK(first_error(files) ==
        "golden/mini.yaml:7:13: table 'Table 2' is not declared in the golden file's 'tables:' "
        "block (add it with its count of printed numbers) (did you mean 'Table 3'?)");
  files.add("golden/mini.yaml", R"(study: mini
tables:
  - {table: "Table 2", printed_numbers: 0}
checks:
  - id: slope
    printed: "2,04"
    source: {table: "Table 2", row: slope, column: value}
    result: fit/coefficients/b
)");
  CHECK(first_error(files) ==
        "golden/mini.yaml:3:5: table 'Table 2' declares 0 printed numbers but its checks name 1 "
        "different ones");
}
