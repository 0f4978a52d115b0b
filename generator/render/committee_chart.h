#pragma once
#include <string>
#include <vector>

namespace qala {

/// One category of a grouped bar chart: its label and one value per series (NaN = none).
struct BarGroup {
  std::string label;
  std::vector<double> values;
};

/// Horizontal bars grouped by category, one bar per series (e.g. planned and achieved), for the
/// programme report. Long category labels wrap above their bars so they fit narrow screens.
struct GroupedBarChart {
  std::string id;  // unique on the page
  std::string title;
  std::string desc;          // what the chart shows, for screen readers
  std::string label_header;  // heading of the category column of the data table
  std::vector<std::string> series;
  std::vector<BarGroup> groups;
};

/// The chart as a `<figure>`: an inline SVG (role="img", <title>, <desc>), a legend and the
/// values as a data table (a missing value is an empty cell). Numbers in the style of `lang`.
std::string grouped_bar_chart_html(const GroupedBarChart& chart, const std::string& lang,
                                   const std::string& table_caption);

/// `text` split at spaces into lines of at most `width` characters (UTF-8 aware); a longer
/// word stays whole on its own line.
std::vector<std::string> wrap_label(const std::string& text, size_t width);

}  // namespace qala
