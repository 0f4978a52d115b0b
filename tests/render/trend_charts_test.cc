#include <catch2/catch.hpp>

#include "render/trend_charts.h"

using namespace qala;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

Value params(const std::string& family) {
  return Value::map({{"x", Value::scalar("t", {})},
                     {"y", Value::scalar("volume", {})},
                     {"family", Value::scalar(family, {})}},
                    {});
}

Project project_with_strings() {
  Project p;
  p.site.languages = {"en"};
  p.strings["en"] = {
      {"chart.observed", "Published data"},      {"chart.fitted", "fitted trends"},
      {"chart.family.linear", "linear"},         {"chart.family.polynomial", "polynomial"},
      {"study.chart_data", "Data of the chart"}, {"unit.million tenge", "million tenge"}};
  return p;
}

Study trend_study() {
  Study s;
  s.id = "k";
  Dataset d;
  d.id = "innovation";
  d.file = "data/k/innovation.csv";
  d.title = {{"en", "Innovative products"}};
  d.columns = {{"t", "", {{"en", "t"}}}, {"volume", "million tenge", {{"en", "Volume"}}}};
  d.table.columns = {{"t", true, {1, 2, 3}, {}, {}}, {"volume", true, {10, 14, 21}, {}, {}}};
  d.table.rows.resize(3);
  s.datasets.push_back(d);
  for (const auto& [id, method, family] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"lin", "trend", "linear"},
           {"poly", "trend", "polynomial"},
           {"other", "regression", "linear"}}) {
    Analysis a;
    a.id = id;
    a.method = method;
    a.dataset = "innovation";
    a.params = params(family);
    s.analyses.push_back(a);
  }
  return s;
}

RunResults trend_results() {
  RunResults results;
  // Hand-computed: the line 5.5 + 5.5 t and the parabola 5 + 4 t + 1 t^2 (which passes through
  // (1, 10), (2, 17), (3, 26)); the renderer only evaluates them.
  Result lin;
  lin.set("coefficients/a", 5.5);
  lin.set("coefficients/b", 5.5);
  lin.set("r2", 0.98);
  Result poly;
  poly.set("coefficients/c0", 5);
  poly.set("coefficients/c1", 4);
  poly.set("coefficients/c2", 1);
  results["k"]["lin"] = lin;
  results["k"]["poly"] = poly;
  return results;
}

}  // namespace

TEST_CASE("trend analyses of one dataset share one chart", "[render]") {
  Project p = project_with_strings();
  Strings strings(p, "en");
  auto charts = trend_charts_html(trend_study(), trend_results(), strings);
  REQUIRE(charts.size() == 1);
  const std::string& html = charts[0];
  CHECK(contains(html, "id=\"chart-innovation-volume\""));
  CHECK(contains(html, "<title>Innovative products</title>"));
  CHECK(contains(html,
                 "<li><svg class=\"swatch\" width=\"28\" height=\"12\" aria-hidden=\"true\">"
                 "<circle cx=\"14\" cy=\"6\" r=\"4\" fill=\"#000000\"/></svg> Published data"));
  CHECK(contains(html, "linear (R² = 0.980)"));
  CHECK(contains(html, "> polynomial</li>"));
  CHECK(contains(html, "(Volume, million tenge)"));
  // Observed value, then each trend evaluated at t = 2: 5.5 + 5.5*2 = 16.5 and 5 + 8 + 4 = 17.
  CHECK(contains(html,
                 "<tr><th scope=\"row\">2</th><td class=\"num\">14</td>"
                 "<td class=\"num\">16.5</td><td class=\"num\">17</td></tr>"));
}

TEST_CASE("a trend analysis without a result draws no chart", "[render]") {
  Project p = project_with_strings();
  Strings strings(p, "en");
  CHECK(trend_charts_html(trend_study(), RunResults{}, strings).empty());
}

TEST_CASE("a trend chart shows only the rows the trend was fitted to", "[render]") {
  Project p = project_with_strings();
  Strings strings(p, "en");
  Study s = trend_study();
  s.analyses[0].rows = Value::map({{"t", Value::map({{"from", Value::scalar("2", {})}}, {})}}, {});
  auto charts = trend_charts_html(s, trend_results(), strings);
  REQUIRE(charts.size() == 1);
  CHECK_FALSE(contains(charts[0], "<tr><th scope=\"row\">1</th>"));
  CHECK(contains(charts[0], "<tr><th scope=\"row\">3</th>"));
}
