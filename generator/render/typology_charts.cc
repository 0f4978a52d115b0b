#include "render/typology_charts.h"

#include <cmath>
#include <map>

#include "render/chart_cluster.h"

namespace qala {
namespace {

bool is_typology(const std::string& method) {
  return method == "kmeans" || method == "hclust" || method == "partition-1d";
}

/// The one clustered column: `column`, or `columns` when it lists exactly one.
std::string clustered_column(const Analysis& a) {
  if (!a.params.is_map()) return "";
  if (const Value* c = a.params.find("column"); c && c->is_scalar()) return c->text();
  if (const Value* c = a.params.find("columns");
      c && c->is_list() && c->items().size() == 1 && c->items()[0].is_scalar())
    return c->items()[0].text();
  return "";
}

}  // namespace

std::vector<std::string> typology_charts_html(const Study& study, const RunResults& results,
                                              const CheckReport& report, const Strings& strings) {
  std::vector<std::string> out;
  auto study_results = results.find(study.id);
  if (study_results == results.end()) return out;
  const std::string& lang = strings.lang();
  for (const auto& a : study.analyses) {
    if (!is_typology(a.method) || a.dataset.empty()) continue;
    auto result = study_results->second.find(a.id);
    const Dataset* d = study.find_dataset(a.dataset);
    std::string column = clustered_column(a);
    const Value* label_param = a.params.is_map() ? a.params.find("label") : nullptr;
    if (result == study_results->second.end() || d == nullptr || column.empty() ||
        label_param == nullptr || !label_param->is_scalar())
      continue;
    const Column* values = d->table.find(column);
    const Column* labels = d->table.find(label_param->text());
    if (values == nullptr || labels == nullptr || !values->numeric || labels->numeric) continue;
    // Rows are shown by the name the paper prints when the dataset keeps it.
    const Column* shown = d->table.find("name_printed");
    if (shown == nullptr || shown->numeric) shown = labels;
    // What the text says about each row, from the golden entries checking this analysis.
    std::map<std::string, std::string> notes;
    for (const Check* check : checks_of(report, study.id)) {
      const Check& c = *check;
      if (c.result.rfind(a.id + "/", 0) != 0) continue;
      std::string path = c.result.substr(a.id.size() + 1);
      std::string note;
      if (path.rfind("clusters/", 0) == 0) {
        std::string row = path.substr(9);
        note = strings.get("study.text_cluster") + ": " + c.published;
        notes[row] += (notes[row].empty() ? "" : "; ") + note;
      } else if (path.rfind("members/", 0) == 0 && path.find("/above/") != std::string::npos) {
        std::string row = path.substr(8, path.find("/above/") - 8);
        notes[row] += (notes[row].empty() ? "" : "; ") + strings.get("study.above_centre");
      }
    }
    ClusterChart chart;
    chart.id = "chart-" + a.id;
    chart.title =
        a.title.empty() ? a.id : localized(a.title, lang, a.where, "the analysis's title");
    chart.label_header = label_param->text();
    for (const auto& meta : d->columns) {
      if (meta.name == column)
        chart.value_label = localized(meta.label, lang, d->where, "a column label");
      if (meta.name == (shown == labels ? label_param->text() : std::string("name_printed")))
        chart.label_header = localized(meta.label, lang, d->where, "a column label");
    }
    chart.cluster_word = strings.get("study.cluster");
    chart.note_header = strings.get("study.text_cluster");
    for (size_t r = 0; r < values->numbers.size() && r < labels->texts.size(); ++r) {
      if (!a.keeps_row(d->table, r) || !std::isfinite(values->numbers[r])) continue;
      auto cluster = result->second.get("clusters/" + labels->texts[r]);
      if (!cluster) continue;
      auto note = notes.find(labels->texts[r]);
      chart.points.push_back({shown->texts[r], values->numbers[r], static_cast<int>(*cluster),
                              note == notes.end() ? "" : note->second});
    }
    if (chart.points.empty()) continue;
    chart.desc = chart.title + ". " + chart.value_label + "; " + chart.cluster_word + " 1-" +
                 std::to_string(static_cast<int>(result->second.get("k").value_or(0))) + ".";
    out.push_back(cluster_chart_html(chart, lang, strings.get("study.chart_data")));
  }
  return out;
}

}  // namespace qala
