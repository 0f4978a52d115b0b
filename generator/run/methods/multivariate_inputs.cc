#include "run/methods/multivariate_inputs.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "core/error.h"
#include "core/suggest.h"
#include "run/params.h"
#include "stats/standardize.h"

namespace qala {

std::string number_name(double x) { return fmt::format("{}", x); }

std::string percent_name(double p) {
  // Rounded to 10 significant digits so 0.07 * 100 prints as 7, not 7.000000000000001.
  return "p" + fmt::format("{}", std::stod(fmt::format("{:.10g}", p * 100)));
}

std::vector<std::string> row_labels(const MethodCall& call) {
  const Table& table = require_table(call);
  std::vector<std::string> labels;
  const Value* v = call.params.find("label");
  if (!v) {
    for (size_t r = 0; r < table.row_count(); ++r) labels.push_back(std::to_string(r + 1));
    return labels;
  }
  const Column* c = table.find(v->text());
  if (!c)
    throw InputError(v->where(), "no column '" + v->text() + "' in the dataset" +
                                     did_you_mean(v->text(), table.column_names()));
  std::set<std::string> seen;
  for (size_t r = 0; r < table.row_count(); ++r) {
    std::string label = c->numeric ? number_name(c->numbers[r]) : c->texts[r];
    if (label.empty() || label.find('/') != std::string::npos)
      throw InputError(table.rows[r], "a row label (column '" + v->text() +
                                          "') must be non-empty and contain no '/'");
    if (!seen.insert(label).second)
      throw InputError(table.rows[r], "the row label '" + label + "' (column '" + v->text() +
                                          "') appears twice; labels name rows in results");
    labels.push_back(label);
  }
  return labels;
}

RowData read_rows(const MethodCall& call, const std::string& key) {
  std::vector<NamedColumn> columns = column_list_of(call, key);
  RowData out;
  for (const auto& c : columns) {
    if (std::find(out.names.begin(), out.names.end(), c.name) != out.names.end())
      throw InputError(call.params.at(key).where(), "column '" + c.name + "' is listed twice");
    out.names.push_back(c.name);
  }
  // complete_rows applies the `missing:` policy and its error message; the kept rows are found
  // again here to carry their labels.
  out.x = complete_rows(call, columns);
  std::vector<std::string> all = row_labels(call);
  for (size_t r = 0; r < all.size(); ++r) {
    bool complete = std::all_of(columns.begin(), columns.end(),
                                [&](const NamedColumn& c) { return !std::isnan((*c.numbers)[r]); });
    if (!complete) {
      ++out.dropped;
      continue;
    }
    out.labels.push_back(all[r]);
    out.table_rows.push_back(r);
  }
  return out;
}

int int_param_or(const MethodCall& call, const std::string& key, int fallback, int lo, int hi) {
  const Value* v = call.params.find(key);
  if (!v) return fallback;
  long n = v->integer();
  if (n < lo || n > hi)
    throw InputError(v->where(), "'" + key + "' must be between " + std::to_string(lo) + " and " +
                                     std::to_string(hi) + ", got " + std::to_string(n));
  return static_cast<int>(n);
}

int required_int(const MethodCall& call, const std::string& key, int lo, int hi) {
  if (!call.params.find(key))
    throw InputError(call.where, "missing required parameter '" + key + "'");
  return int_param_or(call, key, lo, lo, hi);
}

std::string choice_param_or(const MethodCall& call, const std::string& key,
                            const std::vector<std::string>& choices, std::string fallback) {
  const Value* v = call.params.find(key);
  if (!v) return fallback;
  const std::string& text = v->text();
  if (std::find(choices.begin(), choices.end(), text) != choices.end()) return text;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  throw InputError(v->where(), "'" + key + "' must be one of " + list + "; found '" + text + "'" +
                                   did_you_mean(text, choices));
}

Eigen::MatrixXd standardized_if_asked(const MethodCall& call, const Eigen::MatrixXd& x) {
  if (choice_param_or(call, "standardize", {"none", "z"}, "none") == "none") return x;
  return stats::standardize(x, stats::Standardization::kZScore);
}

stats::ClusterOrder cluster_order_param(const MethodCall& call, stats::ClusterOrder fallback) {
  const Value* v = call.params.find("numbering");
  if (!v) return fallback;
  std::string s = choice_param_or(call, "numbering", {"appearance", "ascending", "descending"}, "");
  if (s == "ascending") return stats::ClusterOrder::kAscending;
  if (s == "descending") return stats::ClusterOrder::kDescending;
  return stats::ClusterOrder::kFirstAppearance;
}

void report_partition(Result& out, const RowData& rows, const stats::Partition& p) {
  const auto k = p.centers.rows();
  out.set("k", static_cast<double>(k));
  out.set("n", static_cast<double>(rows.labels.size()));
  for (size_t i = 0; i < rows.labels.size(); ++i)
    out.set("clusters/" + rows.labels[i], p.cluster[i] + 1);
  for (size_t i = 0; i < rows.labels.size(); ++i)
    out.set("members/" + rows.labels[i] + "/distance", p.distance[static_cast<Eigen::Index>(i)]);
  // 1 when a row's value lies strictly above its cluster's mean (the papers say which towns lie
  // "above the cluster centre"); a cluster of one row is its own centre, so 0. Computed on the
  // input values, so it does not depend on standardisation.
  for (size_t v = 0; v < rows.names.size(); ++v) {
    const auto col = static_cast<Eigen::Index>(v);
    std::vector<double> sum(static_cast<size_t>(k), 0.0), count(static_cast<size_t>(k), 0.0);
    for (size_t i = 0; i < rows.labels.size(); ++i) {
      sum[static_cast<size_t>(p.cluster[i])] += rows.x(static_cast<Eigen::Index>(i), col);
      count[static_cast<size_t>(p.cluster[i])] += 1;
    }
    for (size_t i = 0; i < rows.labels.size(); ++i) {
      auto c = static_cast<size_t>(p.cluster[i]);
      bool above = rows.x(static_cast<Eigen::Index>(i), col) > sum[c] / count[c];
      out.set("members/" + rows.labels[i] + "/above/" + rows.names[v], above ? 1 : 0);
    }
  }
  for (Eigen::Index c = 0; c < k; ++c) {
    std::string id = std::to_string(c + 1);
    out.set("size/" + id, p.size[c]);
    for (size_t v = 0; v < rows.names.size(); ++v)
      out.set("centers/" + id + "/" + rows.names[v], p.centers(c, static_cast<Eigen::Index>(v)));
    out.set("within_ss/" + id, p.within_ss[c]);
  }
  out.set("total_within_ss", p.within_ss.sum());
  out.set("between_ss", p.between_ss);
  out.set("total_ss", p.total_ss);
}

}  // namespace qala
