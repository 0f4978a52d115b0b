#include "core/error.h"
#include "run/methods/consistency_adapters.h"
#include "run/methods/consistency_at_analysis.h"
#include "run/methods/consistency_params.h"
#include "run/params.h"
#include "stats/consistency_coefficient.h"

namespace qala {
namespace {

/// Reads one coefficient's printed numbers from a map with keys coefficient, se, t, p, stars.
stats::PrintedCoefficient read_coefficient(const MethodCall& call, const Value& row) {
  row.require_keys_in({"coefficient", "se", "t", "p", "stars"});
  stats::PrintedCoefficient out;
  out.coefficient = printed_value(call, row.at("coefficient"));
  out.se = printed_value(call, row.at("se"));
  if (out.se.high < 0)
    throw InputError(row.at("se").where(), "a standard error cannot be negative");
  if (const Value* t = row.find("t")) out.t = printed_value(call, *t);
  if (const Value* p = row.find("p")) out.p = printed_p_value(call, *p);
  if (const Value* stars = row.find("stars")) out.stars = stars_value(*stars);
  return out;
}

void put_check(Result& result, const std::string& prefix, const stats::CoefficientCheck& check) {
  put_bounded(result, prefix + "t", check.t);
  put_bounded(result, prefix + "p", check.p);
  put_bounded(result, prefix + "stars", check.stars);
  put_bounded(result, prefix + "ci_lower", check.ci_lower);
  put_bounded(result, prefix + "ci_upper", check.ci_upper);
  result.set(prefix + "kind", check.finding);
}

}  // namespace

Result run_coefficient_test(const MethodCall& call) {
  std::vector<std::pair<std::string, Value>> entries;
  for (const char* key : {"coefficient", "se", "t", "p", "stars"})
    if (const Value* v = call.params.find(key)) entries.emplace_back(key, *v);
  stats::PrintedCoefficient printed =
      read_coefficient(call, Value::map(std::move(entries), call.where));
  auto distribution = distribution_param(call, "df");
  auto rule = star_rule_param(call, "star_levels");
  double confidence = number_param_or(call, "confidence", 0.95);
  Result result;
  put_check(result, "", at_analysis(call, [&] {
              return stats::check_coefficient(printed, distribution, rule, confidence);
            }));
  return result;
}

Result run_coefficient_table(const MethodCall& call) {
  auto distribution = distribution_param(call, "df");
  auto rule = star_rule_param(call, "star_levels");
  double confidence = number_param_or(call, "confidence", 0.95);
  const Value* rows = call.params.find("coefficients");
  if (!rows) throw InputError(call.where, "missing required parameter 'coefficients'");
  Result result;
  int findings = 0, sign_errors = 0, significance_errors = 0;
  for (const auto& [name, row] : rows->entries()) {
    auto printed = read_coefficient(call, row);
    auto check = at_analysis(
        call, [&] { return stats::check_coefficient(printed, distribution, rule, confidence); });
    put_check(result, name + "/", check);
    if (check.finding != 0) ++findings;
    if (check.finding & stats::kSignError) ++sign_errors;
    if (check.finding & stats::kSignificanceError) ++significance_errors;
  }
  result.set("findings", findings);
  result.set("sign_errors", sign_errors);
  result.set("significance_errors", significance_errors);
  return result;
}

Result run_confidence_bounds(const MethodCall& call) {
  stats::PrintedCoefficient printed;
  printed.coefficient = printed_param(call, "coefficient");
  printed.se = printed_param(call, "se");
  auto distribution = distribution_param(call, "df");
  double confidence = number_param_or(call, "confidence", 0.95);
  auto check = at_analysis(call, [&] {
    return stats::check_coefficient(printed, distribution, stats::StarRule{}, confidence);
  });
  Result result;
  put_bounded(result, "lower", check.ci_lower);
  put_bounded(result, "upper", check.ci_upper);
  return result;
}

}  // namespace qala
