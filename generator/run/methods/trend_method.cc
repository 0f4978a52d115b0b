#include <string>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "run/params.h"
#include "stats/trend.h"

namespace qala {
namespace {

stats::TrendFamily family_from(const Value& v) {
  if (auto family = stats::parse_trend_family(v.text())) return *family;
  throw InputError(v.where(), "unknown trend family '" + v.text() + "'; expected one of " +
                                  "linear, logarithmic, exponential, power, polynomial" +
                                  did_you_mean(v.text(), stats::trend_family_names()));
}

/// The coefficients a `trend` result reported, and the family they imply when it is
/// unambiguous (c0.. can only be a polynomial).
std::vector<double> coefficients_of(const MethodCall& call, const Result& fit,
                                    const Value* family_value, stats::TrendFamily& family) {
  const Value& where = call.params.at("fit");
  std::vector<double> out;
  if (fit.get("coefficients/c0")) {
    for (int k = 0;; ++k) {
      auto c = fit.get("coefficients/c" + std::to_string(k));
      if (!c) break;
      out.push_back(*c);
    }
    if (family_value && family != stats::TrendFamily::kPolynomial)
      throw InputError(family_value->where(),
                       "the trend in 'fit' is a polynomial, not " + family_value->text());
    family = stats::TrendFamily::kPolynomial;
    return out;
  }
  auto a = fit.get("coefficients/a");
  auto b = fit.get("coefficients/b");
  if (!a || !b)
    throw InputError(where.where(),
                     "'fit' must name a trend analysis (it reported no "
                     "coefficients/a and coefficients/b, nor coefficients/c0..)");
  if (!family_value)
    throw InputError(call.where,
                     "add 'family': a trend with coefficients a and b may be linear, "
                     "logarithmic, exponential or power");
  if (family == stats::TrendFamily::kPolynomial)
    throw InputError(family_value->where(),
                     "the trend in 'fit' has coefficients a and b, not a polynomial's c0..");
  return {*a, *b};
}

}  // namespace

Result run_trend(const MethodCall& call) {
  NamedColumn x = column_of(call, "x");
  NamedColumn y = column_of(call, "y");
  const Value* family_value = call.params.find("family");
  if (!family_value) throw InputError(call.where, "missing required parameter 'family'");
  stats::TrendFamily family = family_from(*family_value);
  int degree = 2;
  if (const Value* d = call.params.find("degree")) {
    if (family != stats::TrendFamily::kPolynomial)
      throw InputError(d->where(), "'degree' applies to polynomial trends only");
    long value = d->integer();
    if (value < 1 || value > 20)
      throw InputError(d->where(), "expected a degree from 1 to 20, found " + d->text());
    degree = static_cast<int>(value);
  }
  Eigen::MatrixXd data = complete_rows(call, {x, y});
  stats::TrendFit fit = stats::fit_trend(data.col(0), data.col(1), family, degree);

  Result result;
  if (family == stats::TrendFamily::kPolynomial) {
    for (size_t k = 0; k < fit.coefficients.size(); ++k)
      result.set("coefficients/c" + std::to_string(k), fit.coefficients[k]);
  } else {
    result.set("coefficients/a", fit.coefficients[0]);
    result.set("coefficients/b", fit.coefficients[1]);
  }
  result.set("r2", fit.r2);
  result.set("r", fit.r);
  result.set("n", static_cast<double>(fit.n));
  return result;
}

Result run_trend_forecast(const MethodCall& call) {
  const double at = number_param(call, "at");
  const Value* family_value = call.params.find("family");
  stats::TrendFamily family = stats::TrendFamily::kLinear;
  if (family_value) family = family_from(*family_value);
  const bool has_fit = call.params.find("fit") != nullptr;
  const bool has_coefficients = call.params.find("coefficients") != nullptr;
  if (has_fit == has_coefficients)
    throw InputError(call.where,
                     "give exactly one of 'fit: {ref: <trend analysis>}' or "
                     "'coefficients: [...]' (with 'family')");

  std::vector<double> coefficients;
  if (has_fit) {
    coefficients = coefficients_of(call, result_param(call, "fit"), family_value, family);
  } else {
    if (!family_value)
      throw InputError(call.where, "add 'family' to say which trend the coefficients describe");
    coefficients = number_list_param(call, "coefficients");
    if (family != stats::TrendFamily::kPolynomial && coefficients.size() != 2)
      throw InputError(call.params.at("coefficients").where(),
                       "a " + family_value->text() + " trend has two coefficients [a, b], got " +
                           std::to_string(coefficients.size()));
  }
  Result result;
  result.set("value", stats::evaluate_trend(family, coefficients, at));
  return result;
}

}  // namespace qala
