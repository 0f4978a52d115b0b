#pragma once
#include <string>
#include <vector>

namespace qala {

/// One estimate with its confidence interval.
struct Interval {
  std::string label;
  double estimate = 0;
  double lower = 0;
  double upper = 0;
};

/// Estimates with confidence intervals, one row each. Coefficients of one model can differ by
/// orders of magnitude, so every row has its own scale, from the smaller of its lower bound and
/// zero to the larger of its upper bound and zero, with zero marked: a row shows where its
/// interval lies relative to zero, and the numbers are written beside it.
struct IntervalChart {
  std::string id;  // unique on the page
  std::string title;
  std::string desc;  // what the chart shows, for screen readers
  std::string label_header;
  std::string estimate_header;
  std::string lower_header;
  std::string upper_header;
  std::vector<Interval> rows;
};

/// The chart as a `<figure>`: an inline SVG (role="img", <title>, <desc>) and the rows as a data
/// table. Numbers with their shortest digits in the style of `lang`; all text HTML-escaped.
std::string interval_chart_html(const IntervalChart& chart, const std::string& lang,
                                const std::string& table_caption);

}  // namespace qala
