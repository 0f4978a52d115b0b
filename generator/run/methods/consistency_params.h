#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "run/method.h"
#include "stats/consistency_bounded.h"
#include "stats/consistency_coefficient.h"

namespace qala {

/// Parameter readers of the consistency methods. Their inputs are numbers AS PRINTED, written
/// as quoted texts (`coefficient: "0,009163549"`, `mean: "2×10^5"`); each stands for the interval
/// its digits allow. Every reader throws InputError at the offending parameter.

/// A printed number, or `{ref: analysis/path}` naming a computed (exact) number.
stats::Bounded printed_value(const MethodCall& call, const Value& value);
/// The required printed parameter `key`.
stats::Bounded printed_param(const MethodCall& call, const std::string& key);
std::optional<stats::Bounded> printed_param_opt(const MethodCall& call, const std::string& key);
/// A printed p-value: a number, or a bound such as "<0.001" or "< 0,05" (the interval from 0 to the
/// bound) or ">0.1" (from the bound to 1).
stats::Bounded printed_p_value(const MethodCall& call, const Value& value);
/// A list or a map of printed numbers, in order; list items are named "1", "2", ...
std::vector<std::pair<std::string, stats::Bounded>> printed_series(const MethodCall& call,
                                                                   const Value& value);
/// Printed significance stars: "***" is 3, "" or "-" is 0.
int stars_value(const Value& value);
/// `star_levels: [0.1, 0.05, 0.01]`, or the default rule when absent.
stats::StarRule star_rule_param(const MethodCall& call, const std::string& key);
/// `df: 70` for Student's t; absent (or `df: normal`) for z tests.
stats::TestDistribution distribution_param(const MethodCall& call, const std::string& key);
/// A whole number >= `minimum` (observations, regressors, degrees of freedom).
double count_param(const MethodCall& call, const std::string& key, double minimum);

/// Reports `path`, `path@low` and `path@high`.
void put_bounded(Result& result, const std::string& path, const stats::Bounded& value);

}  // namespace qala
