#pragma once
#include <string>
#include <vector>

namespace qala {

struct ChartPoint {
  double x = 0;
  double y = 0;
};

/// One series of a line chart: either observed points (drawn as markers) or a curve (a line
/// through `curve`). `points` are the values listed in the chart's data table.
struct ChartSeries {
  std::string name;
  bool markers = false;
  std::vector<ChartPoint> points;
  /// Densely sampled points to draw a smooth line; empty for marker series.
  std::vector<ChartPoint> curve;
};

/// A line chart of observed data with fitted curves.
struct LineChart {
  std::string id;  // unique on the page; used for the ids of the title and description
  std::string title;
  std::string desc;  // what the chart shows, for screen readers
  std::string x_label;
  std::string y_label;
  std::vector<ChartSeries> series;
  /// Write x values without digit grouping (years, period numbers).
  bool x_is_calendar = true;
};

/// The chart as a `<figure>`: an inline SVG (role="img", with <title> and <desc>), a legend in
/// which each series has its own colour and dash pattern, and the values as a data table for
/// screen readers and for copying. Numbers are written in the style of `lang`; all text is
/// HTML-escaped. `table_caption` labels the data table.
std::string line_chart_html(const LineChart& chart, const std::string& lang,
                            const std::string& table_caption);

}  // namespace qala
