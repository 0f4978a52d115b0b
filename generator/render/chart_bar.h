#pragma once
#include <string>
#include <vector>

namespace qala {

struct Bar {
  std::string label;
  double value = 0;
};

/// A horizontal bar chart: one labelled bar per category, the label above its bar so that long
/// names fit on narrow screens.
struct BarChart {
  std::string id;  // unique on the page
  std::string title;
  std::string desc;          // what the chart shows, for screen readers
  std::string label_header;  // heading of the category column of the data table
  std::string value_label;   // what the values are, with their unit
  std::vector<Bar> bars;
  /// Digits after the decimal mark of the value written at the end of each bar.
  int decimals = 0;
};

/// The chart as a `<figure>`: an inline SVG (role="img", <title>, <desc>) and the values as a
/// data table. Numbers in the style of `lang`; all text HTML-escaped.
std::string bar_chart_html(const BarChart& chart, const std::string& lang,
                           const std::string& table_caption);

}  // namespace qala
