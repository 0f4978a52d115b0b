#include <catch2/catch.hpp>

#include "render/chart_bar.h"
#include "render/chart_line.h"
#include "render/chart_scale.h"
#include "render/chart_style.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>

using namespace qala;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

LineChart sample_line_chart() {
  LineChart chart;
  chart.id = "chart-innovation";
  chart.title = "Innovative products <2010-2019>";
  chart.desc = "Published data & a linear trend";
  chart.x_label = "t";
  chart.y_label = "million tenge";
  chart.series.push_back({"Published", true, {{1, 14897.7}, {2, 14388.6}, {3, 30891.5}}, {}});
  ChartSeries line{"linear", false, {}, {}};
  for (double t : {1.0, 2.0, 3.0}) line.points.push_back({t, 9604.2 + 4546.3 * t});
  line.curve = {{1, 14150.5}, {2, 18696.8}, {3, 23243.1}};
  chart.series.push_back(line);
  return chart;
}

}  // namespace

TEST_CASE("axis ticks are round numbers covering the data", "[render]") {
  Ticks t = nice_ticks(14388.6, 74007, 5);
  CHECK(t.step == 20000);
  CHECK(t.values == std::vector<double>{0, 20000, 40000, 60000, 80000});
  CHECK(t.decimals == 0);

  Ticks small = nice_ticks(0.12, 0.81, 5);
  CHECK(small.step == Approx(0.2));
  CHECK(small.min() == Approx(0.0));
  CHECK(small.max() == Approx(1.0));
  CHECK(small.decimals == 1);

  Ticks flat = nice_ticks(5, 5, 5);  // a constant series still gets an axis
  CHECK(flat.min() < 5);
  CHECK(flat.max() > 5);
}

TEST_CASE("a line chart is an accessible SVG figure with a data table", "[render]") {
  std::string html = line_chart_html(sample_line_chart(), "ru", "Chart data");
  CHECK(html.rfind("<figure class=\"chart\" id=\"chart-innovation\">", 0) == 0);
  CHECK(contains(html, "role=\"img\""));
  CHECK(contains(html, "<title>Innovative products &lt;2010-2019&gt;</title>"));
  CHECK(contains(html, "<desc>Published data &amp; a linear trend</desc>"));
  CHECK_FALSE(contains(html, "<2010"));
  // Three observed points as markers, one curve as a path.
  CHECK(count(html, "r=\"3.5\"/>") == 3);
  CHECK(count(html, "<path d=\"M") == 1);
  // The data table lists every x once, numbers in the language's style.
  CHECK(contains(html, "<caption>Chart data</caption>"));
  CHECK(contains(html,
                 "<tr><th scope=\"row\">1</th><td class=\"num\">14\u202F897,7</td>"
                 "<td class=\"num\">14\u202F150,5</td></tr>"));
  CHECK(count(html, "<tr><th scope=\"row\">") == 3);
  // Axis labels in the same style: 40 000 is the top tick.
  CHECK(contains(html, ">40\u202F000</text>"));
}

TEST_CASE("series differ in more than colour", "[render]") {
  LineChart chart = sample_line_chart();
  ChartSeries second = chart.series[1];
  second.name = "exponential";
  chart.series.push_back(second);
  std::string html = line_chart_html(chart, "en", "Data");
  CHECK(contains(html, "stroke-dasharray=\"6 3\""));
  CHECK(count(html, "<li><svg class=\"swatch\"") == 3);
}

TEST_CASE("a bar chart draws one labelled bar per category", "[render]") {
  BarChart chart;
  chart.id = "chart-sectors";
  chart.title = "Output by sector, 2018";
  chart.desc = "Three sectors";
  chart.label_header = "Sector";
  chart.value_label = "billion tenge";
  chart.decimals = 1;
  chart.bars = {{"Mining", 94.4}, {"Trade <retail>", 363.1}, {"Arts", -52.8}};
  std::string html = bar_chart_html(chart, "en", "Data");
  CHECK(count(html, "<rect ") == 3);
  CHECK(contains(html, ">Trade &lt;retail&gt;</text>"));
  CHECK(contains(html, ">363.1</text>"));
  CHECK(contains(html, ">\u221252.8</text>"));
  CHECK(contains(html, "<tr><th scope=\"row\">Mining</th><td class=\"num\">94.4</td></tr>"));
}

TEST_CASE("chart coordinates are printed as printf's %.1f prints them", "[render]") {
  // The reference is the C library's printf; the cases are random values, halves of tenths
  // (where rounding ties go to the even digit) and their neighbours, and raw bit patterns.
  std::mt19937_64 random(20261123);
  std::vector<double> values = {0.0,   -0.0, 0.04999, 0.05, -0.05, 0.25,    0.35,
                                -0.25, 2.5,  0.15,    1e15, -1e15, 9.95e14, 1e300};
  for (int i = 0; i < 200000; ++i) {
    double tie =
        static_cast<double>(std::uniform_int_distribution<long>(-200000, 200000)(random)) / 20;
    values.push_back(tie);
    values.push_back(std::nextafter(tie, 1e9));
    values.push_back(std::nextafter(tie, -1e9));
    values.push_back(std::uniform_real_distribution<double>(-5000, 5000)(random));
    std::uint64_t bits = random();
    double raw;
    std::memcpy(&raw, &bits, sizeof raw);
    if (std::isfinite(raw)) values.push_back(raw);
  }
  std::string first_difference;
  for (double v : values) {
    char expected[400];
    std::snprintf(expected, sizeof expected, "%.1f", std::fabs(v) < 0.05 ? 0.0 : v);
    std::string printed;
    append_svg_number(printed, v);
    if ((printed != expected || svg_number(v) != expected) && first_difference.empty())
      first_difference = std::string(expected) + " printed as " + printed;
  }
  CHECK(first_difference == "");
}
