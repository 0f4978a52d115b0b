#include "render/trend_charts.h"

#include <algorithm>
#include <cmath>

#include "render/chart_line.h"
#include "render/data_table.h"
#include "render/number_format.h"
#include "stats/trend.h"

namespace qala {
namespace {

constexpr int kCurveSamples = 80;

std::string param_text(const Analysis& analysis, const std::string& name) {
  const Value* v = analysis.params.is_map() ? analysis.params.find(name) : nullptr;
  return v != nullptr && v->is_scalar() ? v->text() : "";
}

/// Coefficients {a, b} or {c0, ..., ck} of a trend result; empty when it has neither.
std::vector<double> coefficients(const Result& result) {
  std::vector<double> out;
  for (int k = 0;; ++k) {
    auto c = result.get("coefficients/c" + std::to_string(k));
    if (!c) break;
    out.push_back(*c);
  }
  if (!out.empty()) return out;
  auto a = result.get("coefficients/a");
  auto b = result.get("coefficients/b");
  if (a && b) return {*a, *b};
  return {};
}

std::string column_label(const Dataset& dataset, const std::string& name, const Strings& strings,
                         bool with_unit) {
  for (const auto& column : dataset.columns) {
    if (column.name != name) continue;
    std::string label = localized(column.label, strings.lang(), {meta_file(dataset), 0, 0},
                                  "a label of column '" + name + "'");
    if (with_unit && !column.unit.empty() && column.unit != "year")
      label += ", " + strings.get_or("unit." + column.unit, column.unit);
    return label;
  }
  return name;
}

/// The observed (x, y) points the analysis fitted, rows with a missing value left out.
std::vector<ChartPoint> observed(const Analysis& analysis, const Dataset& dataset,
                                 const std::string& x, const std::string& y) {
  const Column* cx = dataset.table.find(x);
  const Column* cy = dataset.table.find(y);
  std::vector<ChartPoint> points;
  if (cx == nullptr || cy == nullptr || !cx->numeric || !cy->numeric) return points;
  for (size_t r = 0; r < cx->numbers.size() && r < cy->numbers.size(); ++r)
    if (std::isfinite(cx->numbers[r]) && std::isfinite(cy->numbers[r]) &&
        analysis.keeps_row(dataset.table, r))
      points.push_back({cx->numbers[r], cy->numbers[r]});
  return points;
}

ChartSeries fitted_series(const std::string& name, stats::TrendFamily family,
                          const std::vector<double>& coef, const std::vector<ChartPoint>& data) {
  ChartSeries series{name, false, {}, {}};
  auto [lo, hi] =
      std::minmax_element(data.begin(), data.end(), [](auto& p, auto& q) { return p.x < q.x; });
  // A straight line is drawn exactly by its two ends; other families are sampled.
  const int samples = family == stats::TrendFamily::kLinear ? 1 : kCurveSamples;
  for (int i = 0; i <= samples; ++i) {
    double x = lo->x + (hi->x - lo->x) * i / samples;
    series.curve.push_back({x, stats::evaluate_trend(family, coef, x)});
  }
  for (const auto& p : data)
    series.points.push_back({p.x, stats::evaluate_trend(family, coef, p.x)});
  return series;
}

}  // namespace

std::vector<std::string> trend_charts_html(const Study& study, const RunResults& results,
                                           const Strings& strings) {
  const std::string& lang = strings.lang();
  auto study_results = results.find(study.id);
  std::vector<LineChart> charts;
  std::vector<std::vector<ChartPoint>> data;  // observed points of each chart
  for (const auto& analysis : study.analyses) {
    if (analysis.method != "trend" || study_results == results.end()) continue;
    auto result = study_results->second.find(analysis.id);
    const Dataset* dataset = study.find_dataset(analysis.dataset);
    auto family = stats::parse_trend_family(param_text(analysis, "family"));
    if (result == study_results->second.end() || dataset == nullptr || !family) continue;
    std::vector<double> coef = coefficients(result->second);
    std::string x = param_text(analysis, "x"), y = param_text(analysis, "y");
    std::vector<ChartPoint> points = observed(analysis, *dataset, x, y);
    if (coef.empty() || points.size() < 2) continue;

    std::string id = "chart-" + dataset->id + "-" + y;
    auto chart = std::find_if(charts.begin(), charts.end(), [&](auto& c) { return c.id == id; });
    if (chart == charts.end()) {
      LineChart fresh;
      fresh.id = id;
      fresh.title = localized(dataset->title, lang, {meta_file(*dataset), 0, 0}, "a title");
      fresh.x_label = column_label(*dataset, x, strings, false);
      fresh.y_label = column_label(*dataset, y, strings, true);
      fresh.series.push_back({strings.get("chart.observed"), true, points, {}});
      charts.push_back(fresh);
      data.push_back(points);
      chart = charts.end() - 1;
    }
    std::string name = strings.get("chart.family." + stats::trend_family_name(*family));
    if (auto r2 = result->second.get("r2")) name += " (R² = " + format_fixed(*r2, 3, lang) + ")";
    chart->series.push_back(
        fitted_series(name, *family, coef, data[static_cast<size_t>(chart - charts.begin())]));
  }
  std::vector<std::string> html;
  for (auto& chart : charts) {
    std::string names;
    for (size_t i = 1; i < chart.series.size(); ++i)
      names += (i > 1 ? "; " : "") + chart.series[i].name;
    chart.desc = chart.title + ". " + strings.get("chart.observed") + " (" + chart.y_label + "), " +
                 strings.get("chart.fitted") + ": " + names + ".";
    html.push_back(line_chart_html(chart, lang, strings.get("study.chart_data")));
  }
  return html;
}

}  // namespace qala
