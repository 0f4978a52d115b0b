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

/// A list of scalars, e.g. column names.
Value names(std::vector<std::string> items) {
  std::vector<Value> values;
  for (auto& i : items) values.push_back(s(i));
  return Value::list(std::move(values), here(1));
}

Table make_table(std::vector<Column> columns) {
  Table t;
  t.columns = std::move(columns);
  size_t n =
      t.columns.front().numeric ? t.columns.front().numbers.size() : t.columns.front().texts.size();
  for (size_t r = 0; r < n; ++r) t.rows.push_back({"data.csv", static_cast<int>(r + 2), 1});
  return t;
}

/// Runs a registered method as the run step does: unknown parameters refused first.
using Runner = qala::testing::MethodRunner;

// Data and expected values: tests/reference/multivariate_reference.R (R 4.2.2).
Table points_table() {
  return make_table({texts("id", {"p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10",
                                  "p11", "p12", "p13", "p14", "p15"}),
                     numbers("x", {1.88, 3.21, 4.11, -0.58, 4.18, 1.43, 1.65, 0.12, -0.18, 3.48,
                                   3.5, 0.16, -0.69, 1, 1.71}),
                     numbers("y", {5.61, 0.33, 1.14, 0.02, 1.86, 5.7, 4.56, 0.76, 0.05, 0.78, 0.55,
                                   0.67, -0.73, 4.96, 4.32})});
}

// Paper 000, Table 1, the 27-town list as printed (26 rows).
Table towns_table() {
  return make_table(
      {texts("town",
             {"Rudny",     "Aksu",      "Zhezkazgan", "Saran",       "Temirtau",   "Ridder",
              "Balkhash",  "Zhanaozen", "Ekibastuz",  "Kulsary",     "Aksai",      "Altai",
              "Khromtau",  "Zhitikara", "Lisakovsk",  "Stepnogorsk", "Shakhtinsk", "Kentau",
              "Abay",      "Karazhal",  "Zhanatas",   "Tekeli",      "Arkalyk",    "Serebryansk",
              "Kurchatov", "Karatau"}),
       numbers("index", {306.1, 201.2, 179.4, 153.8, 76.3,  71.1,  51.1,  46.7, 45.1,
                         27.7,  22.9,  9.8,   1.9,   1.4,   1.35,  1.3,   1.2,  1.15,
                         0.8,   0.1,   0.05,  0.030, 0.019, 0.015, 0.012, 0.006})});
}

Table m_table() {
  return make_table(
      {numbers("a",
               {14.11, 8.31, 11.09, 11.9, 11.21, 9.68, 14.53, 9.72, 16.06, 9.81, 13.91, 16.86}),
       numbers("b", {9.28, 8.6, 10.28, 12.22, 10.04, 4.53, 7.38, 12.5, 12.42, 6.35, 11.62, 15.86}),
       numbers("c", {1.9, -0.43, -0.26, -1.76, 0.46, -0.64, 0.46, 0.7, 1.04, -0.61, 0.5, -1.72})});
}

Approx rel(double v) { return Approx(v).epsilon(1e-8).margin(1e-13); }

}  // namespace

TEST_CASE("method descriptive reports the summary table, quantiles and outliers", "[stats]") {
  Table t = make_table({numbers("x", {2.3, 4.1, 3.8,  5.0, 4.4, 3.9, 12.7, 4.2, 3.3, 4.8,
                                      5.1, 3.6, -3.2, 4.0, 4.6, 3.7, 4.9,  4.3, 3.5, 4.5})});
  Runner runner;
  Result r = runner.run("descriptive", &t,
                        m({{"columns", names({"x"})}, {"probs", names({"0.1", "0.9"})}}));
  CHECK(*r.get("x/n") == 20);
  CHECK(*r.get("x/mean") == rel(4.175));           // R mean()
  CHECK(*r.get("x/sd") == rel(2.66968852904328));  // R sd()
  CHECK(*r.get("x/quantiles/p10") == rel(3.2));    // R quantile(type = 7)
  CHECK(*r.get("x/quantiles/p90") == rel(5.01));
  CHECK(*r.get("x/boxplot/upper_fence") == rel(6.1125));
  CHECK(*r.get("x/boxplot/outliers") == 2);
  CHECK(*r.get("x/outliers/7") == 12.7);  // row 7 holds 12.7
  CHECK(*r.get("x/outliers/13") == -3.2);
  // Missing values: refused with the fix, or dropped per column and counted.
  t.columns[0].numbers[2] = NAN;
  CHECK_THROWS_WITH(
      runner.run("descriptive", &t, m({{"columns", names({"x"})}})),
      Catch::Contains("(first at data.csv:4:1); fill them in or add 'missing: drop'"));
  Result d = runner.run("descriptive", &t, m({{"columns", names({"x"})}, {"missing", s("drop")}}));
  CHECK(*d.get("x/n") == 19);
  CHECK(*d.get("x/missing") == 1);
  CHECK_THROWS_WITH(
      runner.run("descriptive", &t, m({{"columns", names({"x"})}, {"missing", s("dorp")}})),
      Catch::Contains("did you mean 'drop'"));
}

TEST_CASE("method autocorrelation reports R's acf and bound", "[stats]") {
  Table t = make_table({numbers(
      "v", {2.29, 1.09, 0.4,  -0.02, -0.99, -1.93, -1.19, -1.3, -1.15, 1.04,  1.4,   4.11,
            6.39, 6.72, 8.62, 9.08,  8.19,  7.88,  7.88,  8.86, 9.7,   10.41, 11.72, 10.33})});
  Runner runner;
  Result r = runner.run("autocorrelation", &t, m({{"column", s("v")}, {"max_lag", s("5")}}));
  CHECK(*r.get("acf/1") == rel(0.928233027378319));  // R acf()
  CHECK(*r.get("acf/5") == rel(0.389455594462521));
  CHECK(*r.get("bound") == rel(0.400075973029609));  // R qnorm(0.975) / sqrt(24)
  CHECK(*r.get("significant/1") == 1);
  CHECK(*r.get("significant/5") == 0);
  CHECK(*r.get("ljung_box/q") == rel(69.3651788216694));  // R Box.test(lag = 5)
  CHECK_THROWS_AS(runner.run("autocorrelation", &t, m({{"column", s("v")}, {"max_lag", s("24")}})),
                  InputError);
}

TEST_CASE("method composite-index takes weights in place or from another analysis", "[stats]") {
  Table t = m_table();
  Runner runner;
  Result r = runner.run(
      "composite-index", &t,
      m({{"columns", names({"a", "b", "c"})}, {"weights", names({"0.5", "0.3", "0.2"})}}));
  CHECK(*r.get("index/1") == rel(0.611157594504135));  // R drop(scale(m) %*% w)
  CHECK(*r.get("index/6") == rel(-1.11568768962887));
  CHECK(*r.get("rank/9") == 1);  // the largest index, 1.1076
  CHECK(*r.get("rank/6") == 12);
  CHECK(*r.get("standardized/1/a") == rel(0.666516385283324));  // R scale(m)[1, 1]
  Result mm = runner.run("composite-index", &t,
                         m({{"columns", names({"a", "b", "c"})},
                            {"standardize", s("minmax")},
                            {"weights", m({{"a", s("0.5")}, {"b", s("0.3")}, {"c", s("0.2")}})}}));
  CHECK(*mm.get("index/1") == rel(0.664953572516168));  // R drop(minmax %*% w)
  // Weights from a factor analysis: the first varimax loadings of R's varimax().
  runner.run("factor-analysis", &t, m({{"columns", names({"a", "b", "c"})}, {"factors", s("2")}}),
             "fa");
  Result ref = runner.run("composite-index", &t,
                          m({{"columns", names({"a", "b", "c"})},
                             {"weights", m({{"ref", s("fa")}})},
                             {"weight_path", s("loadings/{column}/1")}}));
  CHECK(*ref.get("weights/a") == rel(0.880666281556894));
  CHECK(*ref.get("weights/c") == rel(0.00280649205538475));
  CHECK_THROWS_WITH(runner.run("composite-index", &t,
                               m({{"columns", names({"a", "b", "c"})},
                                  {"weights", m({{"ref", s("fa")}})},
                                  {"weight_path", s("loading/{column}/1")}})),
                    Catch::Contains("did you mean"));
  CHECK_THROWS_WITH(
      runner.run("composite-index", &t,
                 m({{"columns", names({"a", "b", "c"})}, {"weights", names({"1", "2"})}})),
      Catch::Contains("2 weights for 3 columns"));
}

TEST_CASE("method rank states its tie rule", "[stats]") {
  Table t = make_table({numbers("v", {3, 1, 4, 1, 5, 9, 2, 6, 5, 3})});
  Runner runner;
  Result avg = runner.run("rank", &t, m({{"column", s("v")}}));
  Result mn = runner.run("rank", &t, m({{"column", s("v")}, {"ties", s("min")}}));
  CHECK(*avg.get("rank/1") == 6.5);  // R rank(-v, ties.method = "average")
  CHECK(*mn.get("rank/1") == 6);     // R rank(-v, ties.method = "min")
  CHECK(*avg.get("rank/6") == 1);
}

TEST_CASE("method kmeans reports clusters, distances and sums of squares by label", "[stats]") {
  Table t = points_table();
  Runner runner;
  Result r = runner.run("kmeans", &t,
                        m({{"columns", names({"x", "y"})},
                           {"label", s("id")},
                           {"start", names({"p1", "p2", "p3"})}}));
  // R kmeans(p, centers = p[1:3, ], algorithm = "Lloyd")
  CHECK(*r.get("clusters/p1") == 1);
  CHECK(*r.get("clusters/p4") == 2);
  CHECK(*r.get("clusters/p2") == 3);
  CHECK(*r.get("centers/1/x") == rel(1.534));
  CHECK(*r.get("centers/3/y") == rel(0.932));
  CHECK(*r.get("within_ss/2") == rel(2.05484));
  CHECK(*r.get("between_ss") == rel(107.365386666667));
  CHECK(*r.get("members/p5/distance") == rel(1.04663269583938));
  Result seeded = runner.run("kmeans", &t, m({{"columns", names({"x", "y"})}, {"k", s("3")}}));
  CHECK(*seeded.get("total_within_ss") == rel(1.97532 + 2.05484 + 2.1628));
  CHECK(*seeded.get("clusters/1") == 1);  // numbered by first appearance
  CHECK_THROWS_WITH(runner.run("kmeans", &t, m({{"columns", names({"x", "y"})}, {"k", s("16")}})),
                    Catch::Contains("between 1 and 15"));
  CHECK_THROWS_WITH(runner.run("kmeans", &t, m({{"columns", names({"x", "y"})}, {"kk", s("3")}})),
                    Catch::Contains("did you mean 'k'"));
}

TEST_CASE("method hclust reports R's merge tree and a cut", "[stats]") {
  Table t = points_table();
  Runner runner;
  Result r = runner.run("hclust", &t,
                        m({{"columns", names({"x", "y"})}, {"label", s("id")}, {"k", s("3")}}));
  // R hclust(dist(p), "ward.D2")
  CHECK(*r.get("merge/1/a") == -8);
  CHECK(*r.get("merge/1/b") == -12);
  CHECK(*r.get("merge/14/a") == 10);
  CHECK(*r.get("merge/14/b") == 13);
  CHECK(*r.get("height/14") == rel(11.5965448877385));
  CHECK(*r.get("order/2") == 6);
  CHECK(*r.get("clusters/p4") == 3);  // R cutree(h, 3)
  CHECK(*r.get("clusters/p2") == 2);
}

TEST_CASE("method partition-1d groups paper 000's towns exactly", "[stats]") {
  Table t = towns_table();
  Runner runner;
  Result r = runner.run("partition-1d", &t,
                        m({{"column", s("index")},
                           {"label", s("town")},
                           {"k", s("5")},
                           {"numbering", s("descending")}}));
  // R brute force over all split points (tests/reference/multivariate_reference.R)
  CHECK(*r.get("total_within_ss") == rel(1852.8036044));
  CHECK(*r.get("clusters/Rudny") == 1);
  CHECK(*r.get("clusters/Aksu") == 2);
  CHECK(*r.get("clusters/Saran") == 2);
  CHECK(*r.get("clusters/Temirtau") == 3);
  CHECK(*r.get("clusters/Ridder") == 3);
  CHECK(*r.get("clusters/Balkhash") == 4);
  CHECK(*r.get("clusters/Aksai") == 4);
  CHECK(*r.get("clusters/Altai") == 5);
  CHECK(*r.get("centers/4/index") == rel(38.7));
  Result count = runner.run(
      "cluster-count", &t,
      m({{"columns", names({"index"})}, {"method", s("partition-1d")}, {"k_max", s("6")}}));
  CHECK(*count.get("within_ss/1") == rel(153686.965203538));
  CHECK(*count.get("within_ss/4") == rel(3088.18537243137));
}

TEST_CASE("method cluster-count reports silhouettes as R's cluster package", "[stats]") {
  Table t = points_table();
  Runner runner;
  Result r =
      runner.run("cluster-count", &t,
                 m({{"columns", names({"x", "y"})}, {"method", s("ward")}, {"k_max", s("4")}}));
  CHECK(*r.get("silhouette/3") == rel(0.781030328721049));  // R cluster::silhouette()
  CHECK(!r.get("silhouette/1"));
}

TEST_CASE("method correlation reports r, t and p per pair or against a target", "[stats]") {
  Table t = m_table();
  Runner runner;
  Result r = runner.run("correlation", &t, m({{"columns", names({"a", "b", "c"})}}));
  CHECK(*r.get("r/a/b") == rel(0.555307191884184));  // R cor.test()
  CHECK(*r.get("r/b/a") == rel(0.555307191884184));
  CHECK(*r.get("p/b/c") == rel(0.665674845072169));
  CHECK(*r.get("df") == 10);
  Result target =
      runner.run("correlation", &t, m({{"columns", names({"a", "b", "c"})}, {"target", s("a")}}));
  CHECK(*target.get("t/c/a") == rel(0.479455153871212));
  CHECK(!target.get("r/b/c"));
}

TEST_CASE("method factor-analysis reports eigenvalues, loadings and varimax", "[stats]") {
  Table t = m_table();
  Runner runner;
  Result r = runner.run("factor-analysis", &t, m({{"columns", names({"a", "b", "c"})}}));
  CHECK(*r.get("factors") == 2);                            // Kaiser: two eigenvalues above 1
  CHECK(*r.get("eigenvalues/1") == rel(1.55541369906461));  // R prcomp()$sdev^2
  CHECK(*r.get("explained/1") == rel(100 * 1.55541369906461 / 3));
  CHECK(*r.get("cumulative/3") == rel(100));
  CHECK(*r.get("loadings/b/1") == rel(0.883016105971896));  // R varimax()
  CHECK(*r.get("loadings/b/2") == rel(-0.225060786421258));
  Result none = runner.run("factor-analysis", &t,
                           m({{"columns", names({"a", "b", "c"})}, {"rotation", s("none")}}));
  CHECK(*none.get("loadings/b/2") == rel(-0.238601895976756));  // R prcomp() loadings
}

TEST_CASE("method mlp trains, reports weights, errors and forecasts", "[stats]") {
  std::vector<double> x{-0.89, -2,    0.04,  -1.94, -1.74, 1.82,  -1.65, -0.84, 1.52,  -1.51,
                        -1.3,  -0.24, 1.63,  1.4,   0.94,  0.29,  -0.07, -0.68, -1.37, -0.08,
                        -1.19, 0.72,  -0.54, -0.6,  -1.75, -0.07, -0.4,  -1.94, -1.5,  -0.41};
  std::vector<double> y{-0.677, 0.673,  0.097,  0.519,  0.105,  1.66,  -0.024, -0.698,
                        1.63,   -0.236, -0.486, -0.299, 1.612,  1.546, 1.156,  0.338,
                        -0.136, -0.601, -0.494, -0.145, -0.551, 0.951, -0.481, -0.626,
                        0.139,  -0.171, -0.448, 0.593,  -0.298, -0.413};
  x.push_back(0.5);
  y.push_back(NAN);  // a row to forecast
  Table t = make_table({numbers("x", x), numbers("y", y)});
  Runner runner;
  Value params = m({{"inputs", names({"x"})},
                    {"target", s("y")},
                    {"hidden", names({"3"})},
                    {"activation", s("logistic")},
                    {"test", names({"29", "30"})}});
  Result a = runner.run("mlp", &t, params);
  Result b = runner.run("mlp", &t, params);
  CHECK(*a.get("weights") == 10);  // (1+1)*3 + (3+1)*1
  CHECK(*a.get("dropped") == 0);
  CHECK(*a.get("train/n") == 28);
  CHECK(*a.get("test/n") == 2);
  CHECK(a.get("forecast/31"));
  CHECK(*a.get("forecast/31") == *b.get("forecast/31"));  // same seed, same network
  // The curve is smooth: y(0.5) lies between its neighbours y(0.29) = 0.338 and y(0.72) = 0.951.
  CHECK(*a.get("forecast/31") > 0.338);
  CHECK(*a.get("forecast/31") < 0.951);
  CHECK(*a.get("train/sse") < 0.05);
  // The mean percent error is the mean of the training rows' own (rows 1-28; 29-30 are tests).
  double sum = 0;
  for (int row = 1; row <= 28; ++row)
    sum += *a.get("rows/" + std::to_string(row) + "/error_percent");
  CHECK(*a.get("train/mean_error_percent") == Approx(sum / 28));
  double p29 = *a.get("rows/29/predicted");
  CHECK(*a.get("rows/29/error_percent") == Approx(100 * std::abs(-0.298 - p29) / 0.298));
  CHECK_THROWS_WITH(runner.run("mlp", &t,
                               m({{"inputs", names({"x"})},
                                  {"target", s("y")},
                                  {"hidden", names({"3"})},
                                  {"activation", s("tahn")}})),
                    Catch::Contains("did you mean 'tanh'"));
}
