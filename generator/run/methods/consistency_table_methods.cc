#include <limits>
#include <optional>

#include "core/error.h"
#include "run/methods/consistency_adapters.h"
#include "run/methods/consistency_at_analysis.h"
#include "run/methods/consistency_params.h"
#include "run/params.h"
#include "stats/consistency_summary.h"
#include "stats/consistency_sums.h"

namespace qala {
namespace {

const Value& required_value(const MethodCall& call, const std::string& key) {
  if (const Value* v = call.params.find(key)) return *v;
  throw InputError(call.where, "missing required parameter '" + key + "'");
}

bool percent_param(const MethodCall& call) {
  const Value* v = call.params.find("percent");
  return v ? v->boolean() : true;
}

}  // namespace

Result run_totals_shares(const MethodCall& call) {
  auto named = printed_series(call, required_value(call, "parts"));
  std::vector<stats::Bounded> parts;
  for (const auto& [name, part] : named) parts.push_back(part);
  std::optional<stats::Bounded> total = printed_param_opt(call, "total");
  double scale = percent_param(call) ? 100 : 1;
  Result result;
  put_bounded(result, "total", stats::total_of(parts));
  for (size_t i = 0; i < named.size(); ++i)
    put_bounded(result, "share/" + named[i].first,
                at_analysis(call, [&] { return stats::share_of_total(parts, i, total, scale); }));
  return result;
}

Result run_growth_rates(const MethodCall& call) {
  Result result;
  if (const Value* levels = call.params.find("levels")) {
    auto named = printed_series(call, *levels);
    if (named.size() < 2) throw InputError(levels->where(), "expected at least two levels");
    for (size_t i = 1; i < named.size(); ++i)
      put_bounded(result, "growth/" + named[i].first,
                  stats::growth_percent(named[i - 1].second, named[i].second));
    return result;
  }
  put_bounded(result, "growth",
              stats::growth_percent(printed_param(call, "old"), printed_param(call, "new")));
  return result;
}

Result run_summary_sanity(const MethodCall& call) {
  stats::PrintedSummary printed{printed_param(call, "min"), printed_param(call, "mean"),
                                printed_param(call, "max"), printed_param_opt(call, "sd"),
                                std::nullopt};
  if (call.params.find("n")) printed.n = count_param(call, "n", 2);
  auto check = at_analysis(call, [&] { return stats::check_summary(printed); });
  Result result;
  put_bounded(result, "mean", check.mean);
  put_bounded(result, "sd", check.sd);
  put_bounded(result, "ordered", check.ordered);
  put_bounded(result, "sd_nonnegative", check.sd_nonnegative);
  put_bounded(result, "sd_bounded", check.sd_bounded);
  return result;
}

Result run_within_bounds(const MethodCall& call) {
  double lower = number_param_or(call, "lower", -std::numeric_limits<double>::infinity());
  double upper = number_param_or(call, "upper", std::numeric_limits<double>::infinity());
  Result result;
  if (const Value* values = call.params.find("values")) {
    // Many printed numbers under one rule (all p-values of a table, all VIFs).
    int outside = 0;
    for (const auto& [name, value] : printed_series(call, *values)) {
      auto check = at_analysis(call, [&] { return stats::check_bounds(value, lower, upper); });
      put_bounded(result, "values/" + name, check.admissible);
      put_bounded(result, "inside/" + name, check.inside);
      if (check.inside.high == 0) ++outside;
    }
    result.set("outside", outside);
    return result;
  }
  stats::Bounded value = printed_param(call, "value");
  auto check = at_analysis(call, [&] { return stats::check_bounds(value, lower, upper); });
  put_bounded(result, "value", check.admissible);
  put_bounded(result, "inside", check.inside);
  return result;
}

Result run_item_count(const MethodCall& call) {
  // Without `items`, the rows of the analysis' dataset are the items (a transcribed table).
  double count = 0;
  if (const Value* items = call.params.find("items"))
    count = static_cast<double>(items->is_map() ? items->entries().size() : items->items().size());
  else if (call.table)
    count = static_cast<double>(call.table->row_count());
  else
    throw InputError(call.where, "missing required parameter 'items' (or a dataset to count)");
  Result result;
  put_bounded(result, "count", stats::Bounded::exact(count));
  if (auto claimed = printed_param_opt(call, "claimed")) {
    bool match = claimed->contains(count);
    put_bounded(result, "matches", stats::condition(claimed->value == count, match, match));
  }
  return result;
}

}  // namespace qala
