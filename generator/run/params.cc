#include "run/params.h"

#include "core/error.h"
#include "core/suggest.h"

namespace qala {
namespace {

const Value& required(const MethodCall& call, const std::string& key) {
  if (const Value* v = call.params.find(key)) return *v;
  throw InputError(call.where, "missing required parameter '" + key + "'");
}

/// Splits "analysis/path" at the first '/'.
std::pair<std::string, std::string> split_ref(const std::string& ref) {
  size_t slash = ref.find('/');
  if (slash == std::string::npos) return {ref, ""};
  return {ref.substr(0, slash), ref.substr(slash + 1)};
}

const Result& lookup(const MethodCall& call, const Value& ref_value, const std::string& id) {
  const Result* result = call.result_of ? call.result_of(id) : nullptr;
  if (!result) throw InputError(ref_value.where(), "no analysis named '" + id + "' in this study");
  return *result;
}

}  // namespace

const Table& require_table(const MethodCall& call) {
  if (!call.table) throw InputError(call.where, "this method needs a dataset: add 'dataset:'");
  return *call.table;
}

const std::vector<double>& column_param(const MethodCall& call, const std::string& key) {
  const Table& table = require_table(call);
  const Value& v = required(call, key);
  const Column* column = table.find(v.text());
  if (!column)
    throw InputError(v.where(), "no column '" + v.text() + "' in the dataset" +
                                    did_you_mean(v.text(), table.column_names()));
  if (!column->numeric)
    throw InputError(v.where(), "column '" + v.text() + "' holds text; expected numbers");
  return column->numbers;
}

double resolve_number(const MethodCall& call, const Value& value) {
  if (value.is_map()) {
    value.require_keys_in({"ref"});
    const Value& ref = value.at("ref");
    auto [id, path] = split_ref(ref.text());
    const Result& result = lookup(call, ref, id);
    if (path.empty()) throw InputError(ref.where(), "expected 'analysis/path' naming one number");
    if (auto number = result.get(path)) return *number;
    std::vector<std::string> paths;
    for (const auto& [p, x] : result.values()) paths.push_back(p);
    throw InputError(ref.where(), "analysis '" + id + "' computed no '" + path + "'" +
                                      did_you_mean(path, paths));
  }
  return value.number();
}

double number_param(const MethodCall& call, const std::string& key) {
  return resolve_number(call, required(call, key));
}

double number_param_or(const MethodCall& call, const std::string& key, double fallback) {
  const Value* v = call.params.find(key);
  return v ? resolve_number(call, *v) : fallback;
}

std::string text_param(const MethodCall& call, const std::string& key) {
  return required(call, key).text();
}

std::string text_param_or(const MethodCall& call, const std::string& key, std::string fallback) {
  const Value* v = call.params.find(key);
  return v ? v->text() : fallback;
}

const Result& result_param(const MethodCall& call, const std::string& key) {
  const Value& v = required(call, key);
  const Value& ref = v.is_map() ? v.at("ref") : v;
  return lookup(call, ref, split_ref(ref.text()).first);
}

}  // namespace qala
