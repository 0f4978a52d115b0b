#include "run/run_analyses.h"

#include <cmath>

#include "core/error.h"
#include "core/suggest.h"

namespace qala {

Table filter_rows(const Table& table, const Value& rows) {
  if (rows.is_null()) return table;
  std::vector<bool> keep(table.row_count(), true);
  for (const auto& [name, range] : rows.entries()) {
    const Column* column = table.find(name);
    if (!column)
      throw InputError(range.where(), "no column '" + name + "' to filter rows by" +
                                          did_you_mean(name, table.column_names()));
    if (!column->numeric)
      throw InputError(range.where(), "column '" + name + "' holds text; expected numbers");
    if (!range.is_map())
      throw InputError(range.where(), "expected a range such as {from: 2011, to: 2019}");
    range.require_keys_in({"from", "to"});
    double from = range.find("from") ? range.at("from").number() : -INFINITY;
    double to = range.find("to") ? range.at("to").number() : INFINITY;
    for (size_t r = 0; r < table.row_count(); ++r) {
      double x = column->numbers[r];
      if (!(x >= from && x <= to)) keep[r] = false;
    }
  }
  Table out;
  for (const auto& column : table.columns) {
    Column c = column;
    c.numbers.clear();
    c.texts.clear();
    out.columns.push_back(std::move(c));
  }
  for (size_t r = 0; r < table.row_count(); ++r) {
    if (!keep[r]) continue;
    out.rows.push_back(table.rows[r]);
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (table.columns[c].numeric)
        out.columns[c].numbers.push_back(table.columns[c].numbers[r]);
      else
        out.columns[c].texts.push_back(table.columns[c].texts[r]);
    }
  }
  if (out.row_count() == 0)
    throw InputError(rows.where(), "the row filter keeps no rows of the dataset");
  return out;
}

Result run_analysis(const PlanNode& node, const MethodRegistry& methods,
                    const std::map<std::string, Result>& study_results) {
  const Study& study = *node.study;
  const Analysis& analysis = *node.analysis;
  const MethodInfo* method = methods.find(analysis.method);
  if (!method->params.empty()) analysis.params.require_keys_in(method->params);
  Table table;
  if (!analysis.dataset.empty())
    table = filter_rows(study.find_dataset(analysis.dataset)->table, analysis.rows);
  MethodCall call{analysis.dataset.empty() ? nullptr : &table, analysis.params,
                  [&study_results](const std::string& id) -> const Result* {
                    auto it = study_results.find(id);
                    return it == study_results.end() ? nullptr : &it->second;
                  },
                  analysis.where};
  try {
    return method->run(call);
  } catch (const MethodError& e) {
    throw InputError(analysis.where, "analysis '" + analysis.id + "' (" + analysis.method +
                                         ") failed: " + e.what());
  }
}

RunResults run_analyses(const BuildPlan& plan, const MethodRegistry& methods) {
  RunResults results;
  for (const auto& node : plan.nodes) {
    if (node.kind != PlanNode::Kind::kAnalysis) continue;
    auto& study_results = results[node.study->id];
    study_results[node.analysis->id] = run_analysis(node, methods, study_results);
  }
  return results;
}

}  // namespace qala
