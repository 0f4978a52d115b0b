#include "run/methods/consistency_params.h"

#include <cmath>

#include "core/error.h"
#include "core/printed_number.h"
#include "run/params.h"

namespace qala {

stats::Bounded printed_value(const MethodCall& call, const Value& value) {
  if (value.is_map()) return stats::Bounded::exact(resolve_number(call, value));
  if (!value.is_scalar())
    throw InputError(value.where(), "expected a printed number in quotes, such as \"0,812\"");
  std::string why;
  auto printed = parse_printed_number(value.text(), &why);
  if (!printed) throw InputError(value.where(), why + ", found '" + value.text() + "'");
  return stats::Bounded::around(printed->value, printed->half_unit());
}

stats::Bounded printed_p_value(const MethodCall& call, const Value& value) {
  if (!value.is_scalar() || value.text().empty()) return printed_value(call, value);
  char relation = value.text()[0];
  if (relation != '<' && relation != '>') return printed_value(call, value);
  Value bound_text = Value::scalar(value.text().substr(1), value.where());
  stats::Bounded bound = printed_value(call, bound_text);
  if (!(bound.value > 0 && bound.value < 1))
    throw InputError(value.where(), "expected a p-value bound between 0 and 1, such as \"<0.001\"");
  if (relation == '<') return {bound.value, 0, bound.value};
  return {bound.value, bound.value, 1};
}

stats::Bounded printed_param(const MethodCall& call, const std::string& key) {
  const Value* v = call.params.find(key);
  if (!v) throw InputError(call.where, "missing required parameter '" + key + "'");
  return printed_value(call, *v);
}

std::optional<stats::Bounded> printed_param_opt(const MethodCall& call, const std::string& key) {
  const Value* v = call.params.find(key);
  if (!v || v->is_null()) return std::nullopt;
  return printed_value(call, *v);
}

std::vector<std::pair<std::string, stats::Bounded>> printed_series(const MethodCall& call,
                                                                   const Value& value) {
  std::vector<std::pair<std::string, stats::Bounded>> out;
  if (value.is_list()) {
    for (const auto& item : value.items())
      out.emplace_back(std::to_string(out.size() + 1), printed_value(call, item));
  } else if (value.is_map()) {
    for (const auto& [name, item] : value.entries())
      out.emplace_back(name, printed_value(call, item));
  } else {
    throw InputError(value.where(), "expected a list or a mapping of printed numbers");
  }
  if (out.empty()) throw InputError(value.where(), "expected at least one printed number");
  return out;
}

int stars_value(const Value& value) {
  if (value.is_null()) return 0;
  const std::string& text = value.text();
  if (text == "-") return 0;
  for (char c : text)
    if (c != '*')
      throw InputError(
          value.where(),
          "expected significance stars such as \"**\" (or \"\" for none), found '" + text + "'");
  return static_cast<int>(text.size());
}

stats::StarRule star_rule_param(const MethodCall& call, const std::string& key) {
  stats::StarRule rule;
  const Value* v = call.params.find(key);
  if (!v) return rule;
  rule.levels.clear();
  for (const auto& item : v->items()) rule.levels.push_back(item.number());
  try {
    rule.validate();
  } catch (const MethodError& e) {
    throw InputError(v->where(), e.what());
  }
  return rule;
}

stats::TestDistribution distribution_param(const MethodCall& call, const std::string& key) {
  const Value* v = call.params.find(key);
  if (!v || v->is_null() || (v->is_scalar() && v->text() == "normal")) return {};
  double df = resolve_number(call, *v);
  if (!(df > 0))
    throw InputError(v->where(), "expected positive degrees of freedom (or 'normal' for z tests)");
  return {df};
}

double count_param(const MethodCall& call, const std::string& key, double minimum) {
  const Value* v = call.params.find(key);
  if (!v) throw InputError(call.where, "missing required parameter '" + key + "'");
  double x = resolve_number(call, *v);
  if (x != std::floor(x) || x < minimum)
    throw InputError(v->where(), "expected a whole number of at least " +
                                     std::to_string(static_cast<long>(minimum)));
  return x;
}

void put_bounded(Result& result, const std::string& path, const stats::Bounded& value) {
  result.set(path, value.value);
  result.set(path + "@low", value.low);
  result.set(path + "@high", value.high);
}

}  // namespace qala
