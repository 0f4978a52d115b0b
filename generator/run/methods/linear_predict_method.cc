#include <algorithm>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/regression_adapters.h"
#include "run/params.h"

namespace qala {
namespace {

struct NamedCoefficient {
  std::string name;
  double value = 0;
};

/// Estimates of a `regression` result, in the order it reported them.
std::vector<NamedCoefficient> fitted_coefficients(const MethodCall& call) {
  const Result& model = result_param(call, "model");
  std::vector<NamedCoefficient> out;
  for (const std::string& name : model.children("coefficients")) {
    auto estimate = model.get("coefficients/" + name + "/estimate");
    if (estimate) out.push_back({name, *estimate});
  }
  if (out.empty())
    throw InputError(call.params.at("model").where(),
                     "'model' must name a regression analysis (it reported no "
                     "coefficients/<name>/estimate)");
  return out;
}

std::vector<NamedCoefficient> printed_coefficients(const MethodCall& call) {
  std::vector<NamedCoefficient> out;
  for (const auto& [name, value] : call.params.at("coefficients").entries())
    out.push_back({name, resolve_number(call, value)});
  if (out.empty())
    throw InputError(call.params.at("coefficients").where(), "expected coefficient: value pairs");
  return out;
}

std::vector<std::string> names_of(const std::vector<NamedCoefficient>& coefficients) {
  std::vector<std::string> out;
  for (const auto& c : coefficients) out.push_back(c.name);
  return out;
}

}  // namespace

Result run_linear_predict(const MethodCall& call) {
  const bool has_model = call.params.find("model") != nullptr;
  if (has_model == (call.params.find("coefficients") != nullptr))
    throw InputError(call.where,
                     "give exactly one of 'model: {ref: <regression analysis>}' or "
                     "'coefficients: {name: value, ...}'");
  std::vector<NamedCoefficient> coefficients =
      has_model ? fitted_coefficients(call) : printed_coefficients(call);
  const std::vector<std::string> names = names_of(coefficients);

  const Value& at = call.params.at("at");
  for (const auto& [name, value] : at.entries())
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw InputError(value.where(),
                       "the model has no coefficient '" + name + "'" + did_you_mean(name, names));

  // The intercept is the coefficient `intercept_name` names; for a fitted model without that
  // parameter it is the first coefficient when `at` gives no value for it.
  std::string intercept;
  if (const Value* v = call.params.find("intercept_name")) {
    intercept = v->text();
    if (std::find(names.begin(), names.end(), intercept) == names.end())
      throw InputError(v->where(), "the model has no coefficient '" + intercept + "'" +
                                       did_you_mean(intercept, names));
  } else if (has_model) {
    if (!at.find(names.front())) intercept = names.front();
  } else {
    intercept = "intercept";
  }

  double value = 0;
  for (const auto& c : coefficients) {
    if (c.name == intercept) {
      if (at.find(c.name))
        throw InputError(at.find(c.name)->where(), "'" + c.name +
                                                       "' is the intercept; it takes "
                                                       "no value in 'at'");
      value += c.value;
      continue;
    }
    const Value* x = at.find(c.name);
    if (!x)
      throw InputError(at.where(),
                       "'at' gives no value for the coefficient '" + c.name + "'" +
                           (has_model ? "" : " (name the intercept with 'intercept_name')"));
    value += c.value * resolve_number(call, *x);
  }
  Result result;
  result.set("value", value);
  return result;
}

}  // namespace qala
