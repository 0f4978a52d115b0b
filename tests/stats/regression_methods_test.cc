#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <string>

#include "core/error.h"
#include "run/method_registry.h"
#include "support/method_runner.h"
#include "support/param_builders.h"

using namespace qala;
using namespace qala::testing;

namespace {

// Borbasova et al. (2021), Tables 4 and 6 (2011-2019 for the GRP regression).
Table innovation_table() {
  Table t;
  t.columns.push_back(numbers("t", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
  t.columns.push_back(numbers("volume", {14897.7, 14388.6, 30891.5, 53731.2, 21578.1, 18442.5,
                                         31327.2, 32048, 54778, 74007}));
  for (int r = 0; r < 10; ++r) t.rows.push_back({"innovation.csv", r + 2, 1});
  return t;
}

Table grp_table() {
  Table t;
  t.columns.push_back(numbers("grp", {2387705.2, 2446510.3, 2621888.8, 2899976.8, 3107085.6,
                                      3712055.9, 4284362.6, 4734402.0, 5388260.6}));
  t.columns.push_back(numbers("mining", {134426171, 134653117, 193647709, 281371474, 159861739,
                                         209385885, 287805257, 355034682, 400265192}));
  t.columns.push_back(numbers(
      "innovation", {14388.6, 30891.5, 53731.2, 21578.1, 18442.5, 31327.2, 32048, 54778, 74007}));
  for (int r = 0; r < 9; ++r) t.rows.push_back({"grp.csv", r + 3, 1});
  return t;
}

/// Runs a registered method the way the run step does, with earlier results by id.
using Runner = qala::testing::MethodRunner;

Approx rel(double expected) { return Approx(expected).epsilon(1e-10); }

}  // namespace

// Expected values: R 4.2.2 lm() in tests/reference/regression_reference.R.
TEST_CASE("method trend reports coefficients, r2, r and n under the agreed paths", "[stats]") {
  Table table = innovation_table();
  Runner runner;
  Result ex = runner.run("trend", &table,
                         m({{"x", s("t")}, {"y", s("volume")}, {"family", s("exponential")}}));
  CHECK(*ex.get("coefficients/a") == rel(14282.0498569554));
  CHECK(*ex.get("coefficients/b") == rel(0.134501628529716));
  CHECK(*ex.get("r2") == rel(0.514701491579129));
  CHECK(*ex.get("r") == rel(0.717426993901908));
  CHECK(*ex.get("n") == 10);

  Result poly = runner.run(
      "trend", &table,
      m({{"x", s("t")}, {"y", s("volume")}, {"family", s("polynomial")}, {"degree", s("3")}}));
  CHECK(*poly.get("coefficients/c3") == rel(506.762373737373));
  CHECK(*poly.get("coefficients/c0") == rel(-17745.6866666665));
  CHECK_FALSE(poly.get("coefficients/a"));

  CHECK_THROWS_WITH(runner.run("trend", &table,
                               m({{"x", s("t")}, {"y", s("volume")}, {"family", s("exponental")}})),
                    Catch::Contains("did you mean 'exponential'"));
  CHECK_THROWS_WITH(
      runner.run("trend", &table, m({{"x", s("t")}, {"y", s("volum")}, {"family", s("linear")}})),
      Catch::Contains("did you mean 'volume'"));
}

TEST_CASE("method trend refuses missing cells unless told to drop them", "[stats]") {
  Table table = innovation_table();
  table.columns[1].numbers[3] = std::nan("");
  table.columns[1].numbers[7] = std::nan("");
  Runner runner;
  Value params = m({{"x", s("t")}, {"y", s("volume")}, {"family", s("linear")}});
  try {
    runner.run("trend", &table, params);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(e.where().line == 10);  // the analysis
    CHECK(e.message().find("'volume' has 2 missing values") != std::string::npos);
    CHECK(e.message().find("innovation.csv:5") != std::string::npos);
  }
  Result r = runner.run(
      "trend", &table,
      m({{"x", s("t")}, {"y", s("volume")}, {"family", s("linear")}, {"missing", s("drop")}}));
  CHECK(*r.get("n") == 8);
}

TEST_CASE("method trend-forecast evaluates printed and fitted trends", "[stats]") {
  Table table = innovation_table();
  Runner runner;
  runner.run("trend", &table, m({{"x", s("t")}, {"y", s("volume")}, {"family", s("exponential")}}),
             "innov-exp");
  runner.run("trend", &table, m({{"x", s("t")}, {"y", s("volume")}, {"family", s("polynomial")}}),
             "innov-poly");

  // Paper 004 equation (6), printed coefficients; R: 14282 * exp(0.1345 * 12).
  Result printed = runner.run("trend-forecast", nullptr,
                              m({{"family", s("exponential")},
                                 {"coefficients", l({s("14282"), s("0.1345")})},
                                 {"at", s("12")}}));
  CHECK(*printed.get("value") == rel(71736.5229198403));
  Result fitted =
      runner.run("trend-forecast", nullptr,
                 m({{"fit", ref("innov-exp")}, {"family", s("exponential")}, {"at", s("12")}}));
  CHECK(*fitted.get("value") == rel(71738.1752637778));  // R predict on lm(log(y) ~ t)
  // A polynomial is recognised by its c0.. paths without 'family'.
  Result poly =
      runner.run("trend-forecast", nullptr, m({{"fit", ref("innov-poly")}, {"at", s("12")}}));
  CHECK(*poly.get("value") == rel(89088.8586363636));
  // a, b without a family is ambiguous.
  CHECK_THROWS_WITH(
      runner.run("trend-forecast", nullptr, m({{"fit", ref("innov-exp")}, {"at", s("12")}})),
      Catch::Contains("add 'family'"));
  CHECK_THROWS_AS(
      runner.run("trend-forecast", nullptr,
                 m({{"family", s("linear")}, {"coefficients", l({s("1")})}, {"at", s("2")}})),
      InputError);
}

TEST_CASE("method regression reproduces paper 004 Figure 9 under the agreed paths", "[stats]") {
  Table table = grp_table();
  Runner runner;
  Result r = runner.run("regression", &table,
                        m({{"y", s("grp")},
                           {"x", l({s("mining"), s("innovation")})},
                           {"names", l({s("b0"), s("b1"), s("b2")})}}),
                        "grp-regression");
  CHECK(*r.get("multiple_r") == rel(0.90121846794917));
  CHECK(*r.get("r2") == rel(0.812194726972648));
  CHECK(*r.get("adjusted_r2") == rel(0.749592969296865));
  CHECK(*r.get("standard_error") == rel(541886.752690322));
  CHECK(*r.get("observations") == 9);
  CHECK(*r.get("anova/regression/df") == 2);
  CHECK(*r.get("anova/regression/ss") == rel(7619398750215.99));
  CHECK(*r.get("anova/regression/ms") == rel(3809699375107.995));
  CHECK(*r.get("anova/regression/f") == rel(12.973992378601));
  CHECK(*r.get("anova/regression/significance_f") == rel(0.00662404608833931));
  CHECK(*r.get("anova/residual/df") == 6);
  CHECK(*r.get("anova/residual/ss") == rel(1761847516447.57));
  CHECK(*r.get("anova/residual/ms") == rel(293641252741.262));
  CHECK(*r.get("anova/total/df") == 8);
  CHECK(*r.get("anova/total/ss") == rel(9381246266663.56));
  CHECK(*r.get("coefficients/b1/estimate") == rel(0.0091635493251776));
  CHECK(*r.get("coefficients/b1/standard_error") == rel(0.00284930222818591));
  CHECK(*r.get("coefficients/b1/t") == rel(3.21606786199435));
  CHECK(*r.get("coefficients/b1/p") == rel(0.0182271864223049));
  CHECK(*r.get("coefficients/b1/lower95") == rel(0.00219155793553573));
  CHECK(*r.get("coefficients/b1/upper95") == rel(0.0161355407148195));
  CHECK(*r.get("coefficients/b0/estimate") == rel(1088901.23104784));

  // Default names: intercept + column names.
  Result d = runner.run("regression", &table,
                        m({{"y", s("grp")}, {"x", l({s("mining"), s("innovation")})}}));
  CHECK(*d.get("coefficients/intercept/estimate") == rel(1088901.23104784));
  CHECK(*d.get("coefficients/innovation/p") == rel(0.675234480941834));

  CHECK_THROWS_WITH(runner.run("regression", &table,
                               m({{"y", s("grp")},
                                  {"x", l({s("mining"), s("innovation")})},
                                  {"names", l({s("b1"), s("b2")})}})),
                    Catch::Contains("expected 3 names"));
}

TEST_CASE("method linear-predict evaluates fitted and printed models", "[stats]") {
  Table table = grp_table();
  Runner runner;
  runner.run("regression", &table,
             m({{"y", s("grp")},
                {"x", l({s("mining"), s("innovation")})},
                {"names", l({s("b0"), s("b1"), s("b2")})}}),
             "grp-regression");
  Result fitted = runner.run("linear-predict", nullptr,
                             m({{"model", ref("grp-regression")},
                                {"at", m({{"b1", s("496e6")}, {"b2", s("71736.52")}})}}));
  CHECK(*fitted.get("value") == rel(6071856.57052246));  // R predict(lm)

  // Paper 004 equation (10): 1088901.2 + 0.009 * 496e6 + 6.103 * 71736.52 (exact arithmetic).
  Result printed = runner.run(
      "linear-predict", nullptr,
      m({{"coefficients", m({{"b0", s("1088901.2")}, {"b1", s("0.009")}, {"b2", s("6.103")}})},
         {"intercept_name", s("b0")},
         {"at", m({{"b1", s("496e6")}, {"b2", s("71736.52")}})}}));
  CHECK(*printed.get("value") == rel(1088901.2 + 0.009 * 496e6 + 6.103 * 71736.52));

  CHECK_THROWS_WITH(runner.run("linear-predict", nullptr,
                               m({{"model", ref("grp-regression")},
                                  {"at", m({{"b1", s("1")}, {"b22", s("2")}})}})),
                    Catch::Contains("did you mean 'b2'"));
  CHECK_THROWS_WITH(runner.run("linear-predict", nullptr,
                               m({{"model", ref("grp-regression")}, {"at", m({{"b1", s("1")}})}})),
                    Catch::Contains("no value for the coefficient 'b2'"));
}

namespace {

// The generated heteroskedastic data of regression_reference.R ("Priority-2 methods"), with the
// group as a text column as a town name would be.
Table heteroskedastic_table() {
  Table t;
  Column x1 = numbers("x1", {}), x2 = numbers("x2", {}), x3 = numbers("x3", {}),
         lab = numbers("lab", {}), y = numbers("y", {});
  Column town;
  town.name = "town";
  town.numeric = false;
  for (int i = 1; i <= 40; ++i) {
    const int g = i % 5;
    const double a = std::sin(i) * 3 + i / 10.0, b = (i % 7) + std::cos(i);
    x1.numbers.push_back(a);
    x2.numbers.push_back(b);
    x3.numbers.push_back(a * 0.5 + std::cos(i * 1.7));
    lab.numbers.push_back(0.5 + g * 0.3 + 0.1 * std::sin(3 * i) * (1 + g));
    y.numbers.push_back(2 + 1.5 * a - 0.7 * b + (1 + g) * std::sin(2.3 * i));
    town.texts.push_back("town" + std::to_string(g));
    t.rows.push_back({"panel.csv", i + 1, 1});
  }
  y.numbers[6] += 15;
  y.numbers[22] -= 12;
  t.columns = {y, x1, x2, x3, lab, town};
  return t;
}

}  // namespace

// Expected values: R 4.2.2 (lm with weights, MASS::rlm, Breusch-Pagan and VIF by definition).
TEST_CASE("method wls takes inverse-variance weights within groups", "[stats]") {
  Table table = heteroskedastic_table();
  Runner runner;
  Result r = runner.run(
      "wls", &table,
      m({{"y", s("y")},
         {"x", l({s("x1"), s("x2")})},
         {"weights", m({{"column", s("lab")}, {"rule", s("inverse_variance")}, {"by", s("town")}})},
         {"star_levels", l({s("0.1"), s("0.05"), s("0.01")})}}));
  CHECK(*r.get("r2") == rel(0.810936071829308));
  CHECK(*r.get("coefficients/x1/estimate") == rel(1.54634643015703));
  CHECK(*r.get("coefficients/x2/standard_error") == rel(0.139208918047908));
  CHECK(*r.get("coefficients/intercept/stars") == 3);  // p = 0.0056

  Result inv = runner.run("wls", &table,
                          m({{"y", s("y")},
                             {"x", l({s("x1"), s("x2")})},
                             {"weights", m({{"column", s("lab")}, {"rule", s("inverse")}})}}));
  CHECK(*inv.get("coefficients/x1/estimate") == rel(1.62170632539298));
  CHECK_FALSE(inv.get("coefficients/x1/stars"));
  CHECK_THROWS_WITH(runner.run("wls", &table, m({{"y", s("y")}, {"x", l({s("x1")})}})),
                    Catch::Contains("'weights'"));
  CHECK_THROWS_WITH(
      runner.run("wls", &table,
                 m({{"y", s("y")},
                    {"x", l({s("x1")})},
                    {"weights", m({{"column", s("lab")}, {"rule", s("inverse_variance")}})}})),
      Catch::Contains("needs 'by"));
}

TEST_CASE("method robust-regression reports MASS::rlm's fit", "[stats]") {
  Table table = heteroskedastic_table();
  Runner runner;
  Result r = runner.run("robust-regression", &table,
                        m({{"y", s("y")}, {"x", l({s("x1"), s("x2")})}, {"psi", s("bisquare")}}));
  CHECK(*r.get("coefficients/x1/estimate") == rel(1.55813198111615));
  CHECK(*r.get("coefficients/intercept/standard_error") == rel(0.808215335099716));
  CHECK(*r.get("scale") == rel(2.73171458129872));
  CHECK(*r.get("iterations") == 6);
  CHECK(*r.get("converged") == 1);
  CHECK_THROWS_WITH(runner.run("robust-regression", &table,
                               m({{"y", s("y")}, {"x", l({s("x1")})}, {"psi", s("hubr")}})),
                    Catch::Contains("did you mean 'huber'"));
}

TEST_CASE("methods breusch-pagan and vif", "[stats]") {
  Table table = heteroskedastic_table();
  Runner runner;
  Result bp = runner.run("breusch-pagan", &table, m({{"y", s("y")}, {"x", l({s("x1"), s("x2")})}}));
  CHECK(*bp.get("statistic") == rel(1.70487981334259));
  CHECK(*bp.get("p") == rel(0.426373350602216));
  Result original =
      runner.run("breusch-pagan", &table,
                 m({{"y", s("y")}, {"x", l({s("x1"), s("x2")})}, {"variant", s("original")}}));
  CHECK(*original.get("statistic") == rel(5.25116309949851));
  Result on_lab =
      runner.run("breusch-pagan", &table,
                 m({{"y", s("y")}, {"x", l({s("x1"), s("x2")})}, {"z", l({s("lab")})}}));
  CHECK(*on_lab.get("p") == rel(0.200943939075472));
  CHECK(*on_lab.get("df") == 1);

  Result vif = runner.run("vif", &table, m({{"x", l({s("x1"), s("x2"), s("x3")})}}));
  CHECK(*vif.get("vif/x1") == rel(3.9123360074857));
  CHECK(*vif.get("vif/x2") == rel(1.00527469758927));
  CHECK(*vif.get("vif/x3") == rel(3.90403253898943));
}

TEST_CASE("methods trend-nls, forecast-errors and one-way-anova", "[stats]") {
  Table innovation = innovation_table();
  Runner runner;
  Result nls =
      runner.run("trend-nls", &innovation,
                 m({{"x", s("t")}, {"y", s("volume")}, {"family", s("exponential")}}), "innov-nls");
  // mpmath 40-digit minimiser, tests/reference/regression_nls_reference.py.
  CHECK(*nls.get("coefficients/a") == Approx(13207.92567146478).epsilon(1e-8));
  CHECK(*nls.get("r2") == Approx(0.546861578154749).epsilon(1e-8));
  Result forecast =
      runner.run("trend-forecast", nullptr,
                 m({{"fit", ref("innov-nls")}, {"family", s("exponential")}, {"at", s("12")}}));
  CHECK(*forecast.get("value") > 0);
  CHECK_THROWS_AS(runner.run("trend-nls", &innovation,
                             m({{"x", s("t")}, {"y", s("volume")}, {"family", s("linear")}})),
                  InputError);

  // Paper 004, equation (6) against the fitted exponential trend: percent deviation of the
  // printed forecast 71736.52 from 71738.1752637778 (R) is (71736.52 / 71738.175... - 1) * 100.
  Result dev =
      runner.run("forecast-errors", nullptr,
                 m({{"actual", l({s("71738.1752637778")})}, {"forecast", l({s("71736.52")})}}));
  CHECK(*dev.get("percent_deviation/1") == rel((71736.52 / 71738.1752637778 - 1) * 100));
  CHECK(*dev.get("n") == 1);

  Table table = heteroskedastic_table();
  Result anova = runner.run("one-way-anova", &table, m({{"y", s("lab")}, {"group", s("town")}}));
  CHECK(*anova.get("groups") == 5);
  CHECK(*anova.get("between/df") == 4);
  CHECK(*anova.get("within/df") == 35);
  CHECK(*anova.get("between/ss") == rel(7.01574683842722));  // R anova(lm(lab ~ factor(g)))
  CHECK(*anova.get("within/ss") == rel(2.40862275487363));
  CHECK(*anova.get("f") == rel(25.4866747862552));
  CHECK(*anova.get("p") == rel(6.00505885053887e-10));
}
