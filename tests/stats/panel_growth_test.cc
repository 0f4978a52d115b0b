#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "core/error.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "run/method_registry.h"
#include "run/run_analyses.h"
#include "stats/panel_growth.h"
#include "support/method_runner.h"
#include "support/mini_project.h"
#include "support/param_builders.h"

using namespace qala;
using namespace qala::testing;

namespace {

// The synthetic panel of tests/reference/panel_growth_reference.R: rows out of order, town B
// without 2020, town C's 2020 output missing. Row r is line r + 1 of panel.csv.
Table panel() {
  Table t;
  t.columns.push_back(
      texts("town", {"A", "A", "B", "A", "B", "C", "B", "C", "A", "C", "B", "C", "A", "C"}));
  t.columns.push_back(numbers("year", {2018, 2019, 2019, 2020, 2018, 2018, 2021, 2019, 2021, 2020,
                                       2022, 2021, 2022, 2022}));
  t.columns.push_back(
      numbers("man", {100, 110, 80, 121, 75, 200, 90, 190, 118, NAN, 99, 230, 125, 240}));
  t.columns.push_back(numbers(
      "pop", {5000, 5100, 3000, 5050, 3100, 8000, 2900, 8100, 5000, 8150, 2950, 8120, 4900, 8000}));
  t.columns.push_back(numbers(
      "y", {10.1, 10.4, 9.2, 10.6, 9.0, 11.5, 9.6, 11.3, 10.5, 11.4, 9.8, 11.9, 10.9, 12.0}));
  t.columns.push_back(numbers(
      "lab", {0.50, 0.52, 0.40, 0.55, 0.41, 0.61, 0.45, 0.60, 0.53, 0.62, 0.44, 0.66, 0.58, 0.65}));
  for (int r = 0; r < 14; ++r) t.rows.push_back({"panel.csv", r + 2, 1});
  return t;
}

Value growth_params(const std::string& gaps = "") {
  std::vector<std::pair<std::string, Value>> p{
      {"id", s("town")},
      {"time", s("year")},
      {"derive", m({{"man_grw", m({{"column", s("man")}, {"rate", s("change")}})},
                    {"pop_lgrw", m({{"column", s("pop")}, {"rate", s("log")}})},
                    {"pop_pct", m({{"column", s("pop")}, {"rate", s("percent")}})}})}};
  if (!gaps.empty()) p.push_back({"gaps", s(gaps)});
  return m(p);
}

Approx rel(double expected) { return Approx(expected).epsilon(1e-12); }

}  // namespace

// Expected values: R 4.2 in tests/reference/panel_growth_reference.R (.txt).
TEST_CASE("panel-growth derives rates per town and year from an unsorted long-form panel",
          "[stats]") {
  Table t = panel();
  qala::testing::MethodRunner runner;
  Result r = runner.run("panel-growth", &t, growth_params(), "g");
  CHECK(*r.get("units") == 3);
  CHECK(*r.get("observations") == 14);
  CHECK(*r.get("gaps") == 1);  // B: 2019 -> 2021
  CHECK(*r.get("gap/B/2021") == 2);
  CHECK(*r.get("units/A/2019/man_grw") == rel(0.10000000000000009));
  CHECK(*r.get("units/A/2019/pop_lgrw") == rel(0.019802627296179764));
  CHECK(*r.get("units/A/2019/pop_pct") == rel(2.0000000000000018));
  CHECK(*r.get("units/B/2019/man_grw") == rel(0.066666666666666652));
  CHECK(*r.get("units/B/2019/pop_lgrw") == rel(-0.032789822822991255));
  CHECK(*r.get("units/A/2021/man_grw") == rel(-0.024793388429752095));
  CHECK(*r.get("units/C/2020/pop_pct") == rel(0.61728395061728669));
  CHECK(*r.get("units/C/2022/man_grw") == rel(0.043478260869565188));
  CHECK(*r.get("units/A/2022/pop_lgrw") == rel(-0.020202707317519497));
  // No rate for a town's first year, across the gap (rule skip) or next to a missing value.
  CHECK_FALSE(r.get("units/A/2018/man_grw"));
  CHECK_FALSE(r.get("units/B/2021/man_grw"));
  CHECK_FALSE(r.get("units/C/2020/man_grw"));
  CHECK_FALSE(r.get("units/C/2021/man_grw"));
  CHECK(*r.get("units/C/2021/pop_lgrw") == rel(-0.003687773079183998));
  CHECK(*r.get("derived/man_grw") == 8);
  CHECK(*r.get("derived/pop_lgrw") == 10);
  // Row 9 of the data (town A, 2021) is line 10 of panel.csv.
  CHECK(*r.get("column/man_grw/10") == rel(-0.024793388429752095));

  Result annual = runner.run("panel-growth", &t, growth_params("annualise"));
  CHECK(annual.get("gaps") == 1);
  CHECK(*annual.get("units/B/2021/man_grw") == rel(0.060660171779821193));
  CHECK(*annual.get("units/B/2021/pop_lgrw") == rel(-0.016950775837840215));
  Result span = runner.run("panel-growth", &t, growth_params("span"));
  CHECK(*span.get("units/B/2021/man_grw") == rel(0.125));
}

TEST_CASE("regression methods use panel-growth's derived columns by reference", "[stats]") {
  Table t = panel();
  qala::testing::MethodRunner runner;
  runner.run("panel-growth", &t, growth_params(), "g");
  Value x = l({ref("g/column/man_grw"), ref("g/column/pop_lgrw")});
  Result ols = runner.run("regression", &t, m({{"y", s("y")}, {"x", x}, {"missing", s("drop")}}));
  // R lm(y ~ man_grw + pop_lgrw) on the 8 rows with both rates.
  CHECK(*ols.get("observations") == 8);
  CHECK(*ols.get("dropped") == 6);  // first years, the gap, the missing output
  CHECK(*ols.get("coefficients/intercept/estimate") == rel(10.910035496060308));
  CHECK(*ols.get("coefficients/man_grw/estimate") == rel(-6.0912896215265659));
  CHECK(*ols.get("coefficients/pop_lgrw/estimate") == rel(4.5931618176017084));
  CHECK(*ols.get("coefficients/man_grw/standard_error") == rel(6.0330094067891222));
  CHECK(*ols.get("coefficients/pop_lgrw/standard_error") == rel(18.293021668298383));
  CHECK(*ols.get("r2") == rel(0.17636044869973522));
  Result wls = runner.run(
      "wls", &t, m({{"y", s("y")}, {"x", x}, {"weights", s("lab")}, {"missing", s("drop")}}));
  // R lm(y ~ man_grw + pop_lgrw, weights = lab)
  CHECK(*wls.get("coefficients/intercept/estimate") == rel(10.965329485634467));
  CHECK(*wls.get("coefficients/man_grw/estimate") == rel(-5.6569824632226728));
  CHECK(*wls.get("coefficients/pop_lgrw/estimate") == rel(0.47337671270127196));
  CHECK(*wls.get("coefficients/intercept/standard_error") == rel(0.43291556785405039));
  CHECK(*wls.get("coefficients/pop_lgrw/standard_error") == rel(19.007651462097257));
  // Without `missing: drop` the rows without a rate are refused, by name.
  CHECK_THROWS_WITH(runner.run("regression", &t, m({{"y", s("y")}, {"x", x}})),
                    Catch::Contains("column 'man_grw' has 6 missing values"));
  CHECK_THROWS_WITH(runner.run("regression", &t, m({{"y", s("y")}, {"x", l({ref("g/man_grw")})}})),
                    Catch::Contains("<analysis>/column/<name>"));
  CHECK_THROWS_WITH(
      runner.run("regression", &t, m({{"y", s("y")}, {"x", l({ref("h/column/man_grw")})}})),
      Catch::Contains("no analysis named 'h'"));
}

TEST_CASE("panel-growth refuses duplicates and values a rate cannot use, at the row", "[stats]") {
  qala::testing::MethodRunner runner;
  Table dup = panel();
  dup.columns[1].numbers[8] = 2019;  // town A twice in 2019: rows 2 and 9 (lines 3 and 10)
  try {
    runner.run("panel-growth", &dup, growth_params());
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(e.where().line == 10);
    CHECK_THAT(e.message(),
               Catch::Contains("'A' has two rows for time 2019") && Catch::Contains("panel.csv:3"));
  }
  Table zero = panel();
  zero.columns[3].numbers[0] = 0;  // pop of A in 2018: the log of 0, at A 2019 (line 3)
  try {
    runner.run("panel-growth", &zero, growth_params());
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(e.where().line == 3);
    CHECK_THAT(e.message(), Catch::Contains("needs positive values"));
  }
  Table no_time = panel();
  no_time.columns[1].numbers[5] = NAN;  // C's first year empty (line 7)
  try {
    runner.run("panel-growth", &no_time, growth_params());
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(e.where().line == 7);
    CHECK_THAT(e.message(), Catch::Contains("time is missing"));
  }
  Table negative = panel();
  negative.columns[2].numbers[2] = -80;  // man of B in 2019, then 90 in 2021: no annual rate
  CHECK_THROWS_WITH(runner.run("panel-growth", &negative, growth_params("annualise")),
                    Catch::Contains("needs values of one sign"));
  CHECK_THROWS_WITH(runner.run("panel-growth", &zero, m({{"id", s("town")}, {"time", s("year")}})),
                    Catch::Contains("expected 'derive:"));
  Value bad_rate = m({{"id", s("town")},
                      {"time", s("year")},
                      {"derive", m({{"g", m({{"column", s("man")}, {"rate", s("logg")}})}})}});
  CHECK_THROWS_WITH(runner.run("panel-growth", &zero, bad_rate),
                    Catch::Contains("did you mean 'log'"));
}

TEST_CASE("a study's model reads a derived column before the analysis that derives it is listed",
          "[stats][pipeline]") {
  // The model comes first in the file: the plan must still run `growth` first, found through the
  // {ref:} inside the `x` list.
  auto files = qala::testing::mini_project();
  files.add("analyses/mini.yaml", qala::testing::mini_study_yaml() +
                                      R"(  - id: model
    method: regression
    dataset: panel
    params: {y: y, x: [{ref: growth/column/pop_grw}], missing: drop}
  - id: growth
    method: panel-growth
    dataset: panel
    params: {id: town, time: year, derive: {pop_grw: {column: pop, rate: change}}}
)");
  std::string yaml = *files.read("analyses/mini.yaml");
  const std::string series = "  series: data/mini/series.csv";
  yaml.replace(yaml.find(series), series.size(), series + "\n  panel: data/mini/panel.csv");
  files.add("analyses/mini.yaml", yaml);
  files.add("data/mini/panel.csv",
            "town,year,pop,y\nA,2018,100,1\nA,2019,110,2\nA,2020,115,2.5\nA,2021,130,3.9\n"
            "B,2018,50,1\nB,2019,52,1.1\nB,2020,60,2.2\nB,2021,59,1.9\n");
  files.add("data/mini/panel.meta.yaml", R"(title: {en: Panel, ru: Панель, kk: Панель}
source: {paper: mini, table: "Table 1"}
columns:
  - {name: town, type: text, label: {en: town, ru: town, kk: town}}
  - {name: year, type: integer, unit: "", label: {en: year, ru: year, kk: year}}
  - {name: pop, type: number, unit: "", label: {en: pop, ru: pop, kk: pop}}
  - {name: y, type: number, unit: "", label: {en: y, ru: y, kk: y}}
)");
  Project project = load_project(files);
  const MethodRegistry& methods = builtin_methods();
  RunResults results = run_analyses(make_plan(project, methods.names(), "test"), methods);
  const Result& model = results.at("mini").at("model");
  // R: g <- c(.1, 115/110 - 1, 130/115 - 1, .04, 60/52 - 1, 59/60 - 1);
  //    coef(lm(c(2, 2.5, 3.9, 1.1, 2.2, 1.9) ~ g))
  CHECK(*model.get("observations") == 6);
  CHECK(*model.get("coefficients/pop_grw/estimate") == rel(7.160371050887183));
  CHECK(*model.get("coefficients/intercept/estimate") == rel(1.7259765285460367));
}
