#include <catch2/catch.hpp>
#include <string>

#include "core/error.h"
#include "run/method_registry.h"

using namespace qala;

namespace {

SourceLocation at(int line, int column) { return {"analyses/test.yaml", line, column}; }
Value text(std::string s, int line, int column = 10) { return Value::scalar(s, at(line, column)); }
Value map(std::vector<std::pair<std::string, Value>> entries, int line) {
  return Value::map(std::move(entries), at(line, 5));
}

Result run(const std::string& method, const Value& params) {
  const MethodInfo* info = builtin_methods().find(method);
  REQUIRE(info != nullptr);
  MethodCall call{nullptr, params, nullptr, at(1, 3)};
  return info->run(call);
}

double get(const Result& r, const std::string& path) {
  auto v = r.get(path);
  INFO(path);
  REQUIRE(v.has_value());
  return *v;
}

/// Runs `method` expecting an InputError; returns it.
InputError input_error(const std::string& method, const Value& params) {
  try {
    run(method, params);
  } catch (const InputError& e) {
    return e;
  }
  FAIL("expected an InputError from " << method);
  return InputError({}, "");
}

}  // namespace

TEST_CASE("coefficient-table reports t, p and stars per row with bounds", "[stats]") {
  // Lee et al. (2024), Table 4, WLS.6: man_rate 0.016*** (0.005), pop_grw -13.004* (5.183).
  Value params = map(
      {{"df", text("70", 2)},
       {"star_levels", Value::list({text("0.1", 3), text("0.05", 3), text("0.01", 3)}, at(3, 5))},
       {"coefficients", map({{"man_rate", map({{"coefficient", text("0.016", 5)},
                                               {"se", text("0.005", 5)},
                                               {"stars", text("***", 5)}},
                                              5)},
                             {"pop_grw", map({{"coefficient", text("-13.004", 6)},
                                              {"se", text("5.183", 6)},
                                              {"stars", text("*", 6)}},
                                             6)}},
                            4)}},
      1);
  Result r = run("coefficient-table", params);
  CHECK(get(r, "man_rate/t") == Approx(3.2));
  CHECK(get(r, "man_rate/t@low") == Approx(0.0155 / 0.0055));
  CHECK(get(r, "man_rate/stars@high") == 3);
  CHECK(get(r, "man_rate/kind") == 0);
  CHECK(get(r, "pop_grw/stars@low") == 2);
  CHECK(get(r, "pop_grw/kind") == 2);
  CHECK(get(r, "findings") == 1);
  CHECK(get(r, "significance_errors") == 1);
  CHECK(get(r, "sign_errors") == 0);
}

TEST_CASE("printed parameters accept decimal commas and powers of ten", "[stats]") {
  Value params = map({{"coefficient", text("0,009163549", 2)}, {"se", text("0,0012", 3)}}, 1);
  Result r = run("coefficient-test", params);
  CHECK(get(r, "t") == Approx(0.009163549 / 0.0012));
  CHECK(get(r, "t@low") == Approx(0.0091635485 / 0.00125));

  // Table 2, inno_per, as printed: the mean 2×10^5 cannot lie in [0, 5×10^4].
  Value summary = map({{"min", text("0.000", 2)},
                       {"mean", text("2\xC3\x97"
                                     "10^5",
                                     3)},
                       {"max", text("5\xC3\x97"
                                    "10^4",
                                    4)},
                       {"sd", text("9\xC3\x97"
                                   "10^5",
                                   5)},
                       {"n", text("76", 6)}},
                      1);
  Result s = run("summary-sanity", summary);
  CHECK(get(s, "ordered@high") == 0);
  CHECK(get(s, "mean@high") == Approx(5.5e4));
  CHECK(get(s, "sd_bounded@high") == 0);
}

TEST_CASE("a p-value printed as a bound stands for everything on its side", "[stats]") {
  // 0.023 (0.006) with 70 df: p between 6.0e-05 and 9.2e-04 (R: 2 * pt(-t, 70) at both ends).
  auto with_p = [](const char* p) {
    return map({{"coefficient", text("0.023", 2)},
                {"se", text("0.006", 3)},
                {"df", text("70", 4)},
                {"p", text(p, 5)}},
               1);
  };
  CHECK(get(run("coefficient-test", with_p("<0.001")), "kind") == 0);
  CHECK(get(run("coefficient-test", with_p("< 0,01")), "kind") == 0);
  CHECK(get(run("coefficient-test", with_p(">0.05")), "kind") == 8);
  CHECK(get(run("coefficient-test", with_p("0.0003")), "kind") == 0);
  auto bad = input_error("coefficient-test", with_p("<5"));
  CHECK(bad.where().line == 5);
}

TEST_CASE("fit, anova, shares, growth, bounds and counts run through the registry", "[stats]") {
  Result fit = run("fit-from-r2",
                   map({{"r2", text("0,8122", 2)}, {"n", text("17", 3)}, {"k", text("2", 4)}}, 1));
  CHECK(get(fit, "f") == Approx(30.2736954207));  // R: (0.8122/2) / ((1-0.8122)/14)
  Result anova = run("anova-table", map({{"ss_regression", text("1000,5", 2)},
                                         {"ss_residual", text("200,25", 3)},
                                         {"df_regression", text("2", 4)},
                                         {"df_residual", text("14", 5)}},
                                        1));
  CHECK(get(anova, "r2") == Approx(0.83322923173));  // R: 1000.5 / 1200.75
  Result shares =
      run("totals-shares",
          map({{"parts", map({{"mining", text("10,0", 3)}, {"other", text("30,0", 4)}}, 2)}}, 1));
  CHECK(get(shares, "total") == Approx(40));
  CHECK(get(shares, "share/mining") == Approx(25));
  Result growth =
      run("growth-rates",
          map({{"levels", map({{"2018", text("100,0", 3)}, {"2019", text("110,0", 4)}}, 2)}}, 1));
  CHECK(get(growth, "growth/2019") == Approx(10));
  CHECK(get(growth, "growth/2019@high") == Approx(10.1050525263));  // R: (110.05/99.95-1)*100
  Result bounds =
      run("within-bounds",
          map({{"value", text("1.230", 2)}, {"lower", text("0", 3)}, {"upper", text("1", 4)}}, 1));
  CHECK(get(bounds, "inside@high") == 0);
  Result many =
      run("within-bounds",
          map({{"values", map({{"wls1", text("0.183", 3)}, {"wls2", text("1.194", 4)}}, 2)},
               {"lower", text("0", 5)},
               {"upper", text("1", 6)}},
              1));
  CHECK(get(many, "values/wls1") == Approx(0.183));
  CHECK(get(many, "inside/wls1@low") == 1);
  CHECK(get(many, "values/wls2@high") == 1);
  CHECK(get(many, "outside") == 1);
  Result count =
      run("item-count",
          map({{"items", Value::list({text("a", 2), text("b", 3), text("c", 4)}, at(2, 5))},
               {"claimed", text("3", 5)}},
              1));
  CHECK(get(count, "count") == 3);
  CHECK(get(count, "matches@low") == 1);
  // Without items, the rows of the dataset are counted.
  Table table;
  table.rows = {at(2, 1), at(3, 1)};
  Value claim = map({{"claimed", text("3", 2)}}, 1);
  MethodCall with_table{&table, claim, nullptr, at(1, 3)};
  Result rows = builtin_methods().find("item-count")->run(with_table);
  CHECK(get(rows, "count") == 2);
  CHECK(get(rows, "matches@high") == 0);
  CHECK(
      run("ss-total", map({{"ss_regression", text("1,5", 2)}, {"ss_residual", text("2,25", 3)}}, 1))
          .get("ss_total@high") == Approx(3.805));
}

TEST_CASE("bad printed parameters are reported at their file:line:col", "[stats]") {
  auto e = input_error("coefficient-test",
                       map({{"coefficient", text("0,02x", 7, 18)}, {"se", text("0.1", 8)}}, 6));
  CHECK(e.where().file == "analyses/test.yaml");
  CHECK(e.where().line == 7);
  CHECK(e.where().column == 18);
  CHECK(e.message().find("expected") != std::string::npos);

  auto stars = input_error(
      "coefficient-test",
      map({{"coefficient", text("1.0", 2)}, {"se", text("0.1", 3)}, {"stars", text("**+", 4, 12)}},
          1));
  CHECK(stars.where().line == 4);
  CHECK(stars.where().column == 12);

  auto missing = input_error("coefficient-test", map({{"coefficient", text("1.0", 2)}}, 1));
  CHECK(missing.where().line == 1);
  CHECK(missing.message().find("'se'") != std::string::npos);

  auto levels =
      input_error("coefficient-test",
                  map({{"coefficient", text("1.0", 2)},
                       {"se", text("0.1", 3)},
                       {"star_levels", Value::list({text("0.01", 4), text("0.05", 4)}, at(4, 16))}},
                      1));
  CHECK(levels.where().line == 4);

  auto negative_se = input_error(
      "coefficient-test", map({{"coefficient", text("1.0", 2)}, {"se", text("-0.5", 3)}}, 1));
  CHECK(negative_se.where().line == 3);

  auto df =
      input_error("fit-from-r2",
                  map({{"r2", text("0.5", 2)}, {"n", text("17.5", 3, 7)}, {"k", text("2", 4)}}, 1));
  CHECK(df.where().line == 3);
  CHECK(df.where().column == 7);
}
