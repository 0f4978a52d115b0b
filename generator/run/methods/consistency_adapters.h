#pragma once
#include "core/result.h"
#include "run/method.h"

namespace qala {

/// The consistency methods as the run step calls them: each reads its printed parameters,
/// calls generator/stats/consistency_*.h and reports every derived quantity P as `P`, `P@low`
/// and `P@high`. Registered in consistency_methods.cc.

// consistency_coefficient_methods.cc
Result run_coefficient_test(const MethodCall& call);
Result run_coefficient_table(const MethodCall& call);
Result run_confidence_bounds(const MethodCall& call);

// consistency_fit_methods.cc
Result run_fit_from_r2(const MethodCall& call);
Result run_anova_table(const MethodCall& call);
Result run_mean_square(const MethodCall& call);
Result run_ss_total(const MethodCall& call);
Result run_multiple_r(const MethodCall& call);

// consistency_table_methods.cc
Result run_totals_shares(const MethodCall& call);
Result run_growth_rates(const MethodCall& call);
Result run_summary_sanity(const MethodCall& call);
Result run_within_bounds(const MethodCall& call);
Result run_item_count(const MethodCall& call);

}  // namespace qala
