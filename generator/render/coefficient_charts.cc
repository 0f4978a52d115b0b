#include "render/coefficient_charts.h"

#include "render/chart_interval.h"

namespace qala {

std::vector<std::string> coefficient_charts_html(const Study& study, const RunResults& results,
                                                 const Strings& strings) {
  std::vector<std::string> out;
  auto study_results = results.find(study.id);
  if (study_results == results.end()) return out;
  const std::string& lang = strings.lang();
  for (const auto& a : study.analyses) {
    if (a.method != "coefficient-table") continue;
    auto result = study_results->second.find(a.id);
    const Value* coefficients = a.params.is_map() ? a.params.find("coefficients") : nullptr;
    if (result == study_results->second.end() || coefficients == nullptr || !coefficients->is_map())
      continue;
    IntervalChart chart;
    chart.id = "chart-" + a.id;
    chart.title =
        a.title.empty() ? a.id : localized(a.title, lang, a.where, "the analysis's title");
    chart.desc = chart.title + ". " + strings.get("study.ci_desc");
    chart.label_header = strings.get("study.coefficient");
    chart.estimate_header = strings.get("study.estimate");
    chart.lower_header = strings.get("study.ci_lower");
    chart.upper_header = strings.get("study.ci_upper");
    // In the order the printed table lists them.
    for (const auto& entry : coefficients->entries()) {
      const std::string& name = entry.first;
      auto lower = result->second.get(name + "/ci_lower");
      auto upper = result->second.get(name + "/ci_upper");
      if (!lower || !upper) continue;
      chart.rows.push_back({name, (*lower + *upper) / 2, *lower, *upper});
    }
    if (!chart.rows.empty())
      out.push_back(interval_chart_html(chart, lang, strings.get("study.chart_data")));
  }
  return out;
}

}  // namespace qala
