#include <algorithm>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "run/params.h"
#include "stats/ranking.h"
#include "stats/standardize.h"

namespace qala {
namespace {

/// `{ref: analysis}` with `weight_path: "loadings/{column}/1"`: one number of another result per
/// column, `{column}` replaced by the column's name.
Eigen::VectorXd weights_from_result(const MethodCall& call, const RowData& rows) {
  const Result& source = result_param(call, "weights");
  const Value* path_value = call.params.find("weight_path");
  if (!path_value)
    throw InputError(call.params.at("weights").where(),
                     "weights from another analysis need 'weight_path', e.g. "
                     "\"loadings/{column}/1\"");
  const std::string& pattern = path_value->text();
  size_t at = pattern.find("{column}");
  if (at == std::string::npos)
    throw InputError(path_value->where(), "'weight_path' must contain {column}");
  Eigen::VectorXd w(static_cast<Eigen::Index>(rows.names.size()));
  for (size_t j = 0; j < rows.names.size(); ++j) {
    std::string path = pattern.substr(0, at) + rows.names[j] + pattern.substr(at + 8);
    auto value = source.get(path);
    if (!value) {
      std::vector<std::string> paths;
      for (const auto& [p, x] : source.values()) paths.push_back(p);
      throw InputError(path_value->where(), "the referenced analysis computed no '" + path + "'" +
                                                did_you_mean(path, paths));
    }
    w[static_cast<Eigen::Index>(j)] = *value;
  }
  return w;
}

Eigen::VectorXd weights_param(const MethodCall& call, const RowData& rows) {
  const Value& v = call.params.at("weights");
  const auto p = static_cast<Eigen::Index>(rows.names.size());
  Eigen::VectorXd w(p);
  if (v.is_list()) {
    if (static_cast<Eigen::Index>(v.items().size()) != p)
      throw InputError(v.where(), std::to_string(v.items().size()) + " weights for " +
                                      std::to_string(p) + " columns");
    for (Eigen::Index j = 0; j < p; ++j)
      w[j] = resolve_number(call, v.items()[static_cast<size_t>(j)]);
    return w;
  }
  if (v.is_map() && v.find("ref") && v.entries().size() == 1)
    return weights_from_result(call, rows);
  if (!v.is_map())
    throw InputError(v.where(),
                     "expected weights as a list, a map column -> weight, or "
                     "{ref: analysis} with weight_path");
  v.require_keys_in(rows.names);
  for (Eigen::Index j = 0; j < p; ++j) {
    const Value* item = v.find(rows.names[static_cast<size_t>(j)]);
    if (!item)
      throw InputError(v.where(),
                       "no weight for column '" + rows.names[static_cast<size_t>(j)] + "'");
    w[j] = resolve_number(call, *item);
  }
  return w;
}

stats::Standardization standardization_param(const MethodCall& call) {
  std::string s = choice_param_or(call, "standardize", {"z", "minmax", "ratio", "none"}, "z");
  if (s == "minmax") return stats::Standardization::kMinMax;
  if (s == "ratio") return stats::Standardization::kRatioToMean;
  return stats::Standardization::kZScore;
}

}  // namespace

Result run_composite_index(const MethodCall& call) {
  RowData rows = read_rows(call, "columns");
  std::vector<std::string> reverse_names = name_list_param_or(call, "reverse", {});
  std::vector<bool> reverse(rows.names.size(), false);
  for (const auto& name : reverse_names) {
    auto it = std::find(rows.names.begin(), rows.names.end(), name);
    if (it == rows.names.end())
      throw InputError(call.params.at("reverse").where(),
                       "'" + name + "' is not one of the columns" + did_you_mean(name, rows.names));
    reverse[static_cast<size_t>(it - rows.names.begin())] = true;
  }
  bool none = choice_param_or(call, "standardize", {"z", "minmax", "ratio", "none"}, "z") == "none";
  Eigen::MatrixXd p =
      none ? rows.x : stats::standardize(rows.x, standardization_param(call), reverse);
  Eigen::VectorXd w = weights_param(call, rows);
  Eigen::VectorXd index = stats::composite_index(p, w);
  bool min_ties = choice_param_or(call, "ties", {"average", "min"}, "average") == "min";
  Eigen::VectorXd ranks =
      stats::rank(index, true, min_ties ? stats::Ties::kMin : stats::Ties::kAverage);
  Result out;
  out.set("n", static_cast<double>(rows.labels.size()));
  out.set("dropped", static_cast<double>(rows.dropped));
  for (size_t j = 0; j < rows.names.size(); ++j)
    out.set("weights/" + rows.names[j], w[static_cast<Eigen::Index>(j)]);
  for (size_t i = 0; i < rows.labels.size(); ++i)
    out.set("index/" + rows.labels[i], index[static_cast<Eigen::Index>(i)]);
  for (size_t i = 0; i < rows.labels.size(); ++i)
    out.set("rank/" + rows.labels[i], ranks[static_cast<Eigen::Index>(i)]);
  for (size_t i = 0; i < rows.labels.size(); ++i)
    for (size_t j = 0; j < rows.names.size(); ++j)
      out.set("standardized/" + rows.labels[i] + "/" + rows.names[j],
              p(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)));
  return out;
}

}  // namespace qala
