#include "run/methods/regression_inputs.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/suggest.h"
#include "run/params.h"

namespace qala {

NamedColumn column_named(const MethodCall& call, const Value& name_value) {
  const Table& table = require_table(call);
  const std::string& name = name_value.text();
  const Column* column = table.find(name);
  if (!column)
    throw InputError(name_value.where(), "no column '" + name + "' in the dataset" +
                                             did_you_mean(name, table.column_names()));
  if (!column->numeric)
    throw InputError(name_value.where(), "column '" + name + "' holds text; expected numbers");
  return {name, &column->numbers};
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

Eigen::MatrixXd complete_rows(const MethodCall& call, const std::vector<NamedColumn>& columns) {
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
  for (size_t r = 0; r < rows; ++r) {
    if (!keep[r]) continue;
    for (size_t c = 0; c < columns.size(); ++c)
      out(row, static_cast<Eigen::Index>(c)) = (*columns[c].numbers)[r];
    ++row;
  }
  return out;
}

}  // namespace qala
