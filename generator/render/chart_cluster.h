#pragma once
#include <string>
#include <vector>

namespace qala {

/// One labelled value and the cluster a typology put it in.
struct ClusterPoint {
  std::string label;
  double value = 0;
  int cluster = 0;   // 1..k
  std::string note;  // what the paper's text says about it ("text: 2", "above centre"), or ""
};

/// A cluster plot of one variable: one bar per row, sorted by value, coloured and banded by
/// cluster, each row naming its cluster in words too (so colour is never the only cue).
struct ClusterChart {
  std::string id;  // unique on the page
  std::string title;
  std::string desc;          // what the chart shows, for screen readers
  std::string label_header;  // heading of the label column of the data table
  std::string value_label;   // what the values are
  std::string cluster_word;  // "cluster" in the page's language
  std::string note_header;   // heading of the note column of the data table
  std::vector<ClusterPoint> points;
};

/// The chart as a `<figure>`: an inline SVG (role="img", <title>, <desc>) and the points as a
/// data table (label, value, cluster, note). Values written with their shortest exact digits in
/// the style of `lang`; all text HTML-escaped.
std::string cluster_chart_html(const ClusterChart& chart, const std::string& lang,
                               const std::string& table_caption);

}  // namespace qala
