#include "run/methods/regression_inputs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.h"
#include "core/suggest.h"
#include "run/params.h"
#include "stats/weights.h"

namespace qala {

namespace {

/// `{ref: <analysis>/column/<name>}`: the numbers under that path, keyed by dataset line, placed
/// on the rows of this call's table (NaN where the analysis has none).
NamedColumn derived_column(const MethodCall& call, const Value& ref_value) {
  const Table& table = require_table(call);
  ref_value.require_keys_in({"ref"});
  const Value& ref = ref_value.at("ref");
  const std::string& text = ref.text();
  const size_t slash = text.find('/');
  const std::string path = slash == std::string::npos ? "" : text.substr(slash + 1);
  const size_t last = path.rfind('/');
  if (path.rfind("column/", 0) != 0 || last + 1 >= path.size() || last != 6)
    throw InputError(ref.where(),
                     "expected {ref: <analysis>/column/<name>} naming a derived column");
  const std::string id = text.substr(0, slash);
  const Result* result = call.result_of ? call.result_of(id) : nullptr;
  if (!result) throw InputError(ref.where(), "no analysis named '" + id + "' in this study");
  auto numbers = std::make_shared<std::vector<double>>(table.row_count(), NAN);
  size_t found = 0;
  for (size_t r = 0; r < table.row_count(); ++r)
    if (auto v = result->get(path + "/" + std::to_string(table.rows[r].line)))
      (*numbers)[r] = *v, ++found;
  if (found == 0)
    throw InputError(ref.where(), "'" + text + "' has no number for any row of this dataset" +
                                      " (the analysis must derive it from the same dataset)");
  return {path.substr(last + 1), numbers.get(), numbers};
}

}  // namespace

NamedColumn column_named(const MethodCall& call, const Value& name_value) {
  if (name_value.is_map()) return derived_column(call, name_value);
  const Table& table = require_table(call);
  const std::string& name = name_value.text();
  const Column* column = table.find(name);
  if (!column)
    throw InputError(name_value.where(), "no column '" + name + "' in the dataset" +
                                             did_you_mean(name, table.column_names()));
  if (!column->numeric)
    throw InputError(name_value.where(), "column '" + name + "' holds text; expected numbers");
  return {name, &column->numbers, {}};
}

NamedColumn column_of(const MethodCall& call, const std::string& key) {
  const Value* v = call.params.find(key);
  if (!v) throw InputError(call.where, "missing required parameter '" + key + "'");
  return column_named(call, *v);
}

std::vector<NamedColumn> column_list_of(const MethodCall& call, const std::string& key) {
  const Value* v = call.params.find(key);
  if (!v) throw InputError(call.where, "missing required parameter '" + key + "'");
  if (v->is_scalar()) return {column_named(call, *v)};
  std::vector<NamedColumn> out;
  for (const Value& item : v->items()) out.push_back(column_named(call, item));
  if (out.empty()) throw InputError(v->where(), "expected at least one column name");
  return out;
}

std::vector<double> number_list_param(const MethodCall& call, const std::string& key) {
  const Value* v = call.params.find(key);
  if (!v) throw InputError(call.where, "missing required parameter '" + key + "'");
  std::vector<double> out;
  for (const Value& item : v->items()) out.push_back(resolve_number(call, item));
  if (out.empty()) throw InputError(v->where(), "expected at least one number");
  return out;
}

std::vector<std::string> name_list_param_or(const MethodCall& call, const std::string& key,
                                            std::vector<std::string> fallback) {
  const Value* v = call.params.find(key);
  if (!v) return fallback;
  std::vector<std::string> out;
  for (const Value& item : v->items()) {
    const std::string& name = item.text();
    if (name.empty() || name.find('/') != std::string::npos)
      throw InputError(item.where(), "a name must be non-empty and contain no '/'");
    if (std::find(out.begin(), out.end(), name) != out.end())
      throw InputError(item.where(), "the name '" + name + "' is used twice");
    out.push_back(name);
  }
  return out;
}

bool bool_param_or(const MethodCall& call, const std::string& key, bool fallback) {
  const Value* v = call.params.find(key);
  return v ? v->boolean() : fallback;
}

Eigen::MatrixXd complete_rows(const MethodCall& call, const std::vector<NamedColumn>& columns,
                              std::vector<size_t>* kept_rows) {
  bool drop = false;
  if (const Value* missing = call.params.find("missing")) {
    if (missing->text() == "drop")
      drop = true;
    else if (missing->text() != "refuse")
      throw InputError(missing->where(), "expected 'drop' or 'refuse', found '" + missing->text() +
                                             "'" +
                                             did_you_mean(missing->text(), {"drop", "refuse"}));
  }
  const size_t rows = columns.empty() ? 0 : columns.front().numbers->size();
  std::vector<bool> keep(rows, true);
  for (const NamedColumn& c : columns) {
    size_t missing_count = 0;
    size_t first_missing = rows;
    for (size_t r = 0; r < rows; ++r) {
      if (std::isnan((*c.numbers)[r])) {
        keep[r] = false;
        if (missing_count++ == 0) first_missing = r;
      }
    }
    if (missing_count > 0 && !drop) {
      std::string at;
      if (call.table && first_missing < call.table->rows.size())
        at = " (first at " + call.table->rows[first_missing].str() + ")";
      throw InputError(call.where, "column '" + c.name + "' has " + std::to_string(missing_count) +
                                       " missing value" + (missing_count == 1 ? "" : "s") + at +
                                       "; fill them in or add 'missing: drop' to drop those rows");
    }
  }
  const auto kept = static_cast<Eigen::Index>(std::count(keep.begin(), keep.end(), true));
  Eigen::MatrixXd out(kept, static_cast<Eigen::Index>(columns.size()));
  Eigen::Index row = 0;
  if (kept_rows) kept_rows->clear();
  for (size_t r = 0; r < rows; ++r) {
    if (!keep[r]) continue;
    if (kept_rows) kept_rows->push_back(r);
    for (size_t c = 0; c < columns.size(); ++c)
      out(row, static_cast<Eigen::Index>(c)) = (*columns[c].numbers)[r];
    ++row;
  }
  return out;
}

std::vector<std::string> group_keys(const MethodCall& call, const Value& name_value,
                                    const std::vector<size_t>& kept) {
  const Table& table = require_table(call);
  const Column* column = table.find(name_value.text());
  if (!column)
    throw InputError(name_value.where(), "no column '" + name_value.text() + "' in the dataset" +
                                             did_you_mean(name_value.text(), table.column_names()));
  std::vector<std::string> keys;
  for (size_t r : kept) {
    if (!column->numeric) {
      keys.push_back(column->texts[r]);
      continue;
    }
    const double v = column->numbers[r];
    if (std::isnan(v))
      throw InputError(name_value.where(), "group column '" + name_value.text() +
                                               "' has an empty cell at " + table.rows[r].str());
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    keys.push_back(buffer);
  }
  return keys;
}

namespace {

stats::WeightRule weight_rule(const Value& v) {
  const std::string& rule = v.text();
  if (rule == "as_is") return stats::WeightRule::kAsIs;
  if (rule == "inverse") return stats::WeightRule::kInverse;
  if (rule == "inverse_square") return stats::WeightRule::kInverseSquare;
  if (rule == "inverse_variance") return stats::WeightRule::kInverseVariance;
  throw InputError(v.where(), "unknown weight rule '" + rule + "'" +
                                  did_you_mean(rule, {"as_is", "inverse", "inverse_square",
                                                      "inverse_variance"}));
}

}  // namespace

ModelInputs read_model_inputs(const MethodCall& call, bool weighted) {
  ModelInputs in;
  NamedColumn y = column_of(call, "y");
  std::vector<NamedColumn> xs = column_list_of(call, "x");
  in.intercept = bool_param_or(call, "intercept", true);
  std::vector<std::string> default_names;
  if (in.intercept) default_names.push_back("intercept");
  for (const auto& x : xs) default_names.push_back(x.name);
  in.names = name_list_param_or(call, "names", default_names);
  if (in.names.size() != default_names.size())
    throw InputError(call.params.at("names").where(),
                     "expected " + std::to_string(default_names.size()) + " names (" +
                         (in.intercept ? "the intercept, then " : "") +
                         "one per column of 'x'), got " + std::to_string(in.names.size()));

  std::vector<NamedColumn> columns{y};
  columns.insert(columns.end(), xs.begin(), xs.end());
  const Value* weights = weighted ? call.params.find("weights") : nullptr;
  if (weighted && !weights) throw InputError(call.where, "missing required parameter 'weights'");
  const Value* weight_column = weights && weights->is_map() ? &weights->at("column") : weights;
  if (weights) {
    if (weights->is_map()) weights->require_keys_in({"column", "rule", "by"});
    columns.push_back(column_named(call, *weight_column));
  }
  std::vector<size_t> kept;
  Eigen::MatrixXd data = complete_rows(call, columns, &kept);
  in.dropped = y.numbers->size() - kept.size();
  in.y = data.col(0);
  in.x = data.middleCols(1, static_cast<Eigen::Index>(xs.size()));
  if (weights) {
    stats::WeightRule rule = stats::WeightRule::kAsIs;
    std::vector<std::string> groups;
    if (weights->is_map()) {
      if (const Value* r = weights->find("rule")) rule = weight_rule(*r);
      const Value* by = weights->find("by");
      if (rule == stats::WeightRule::kInverseVariance) {
        if (!by)
          throw InputError(weights->where(), "rule inverse_variance needs 'by: <group column>'");
        groups = group_keys(call, *by, kept);
      } else if (by) {
        throw InputError(by->where(), "'by' applies to rule inverse_variance only");
      }
    }
    in.weights = stats::make_weights(data.col(data.cols() - 1), rule, groups);
  }
  return in;
}

std::optional<std::vector<double>> star_levels_param(const MethodCall& call) {
  if (!call.params.find("star_levels")) return std::nullopt;
  return number_list_param(call, "star_levels");
}

}  // namespace qala
