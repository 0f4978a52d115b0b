#include "run/methods/consistency_adapters.h"
#include "run/methods/method_families.h"

namespace qala {

// Each method reports every derived quantity P as P, P@low and P@high (see consistency_params.h);
// the methods page is site/methods/consistency.<lang>.md.
void add_consistency_methods(MethodRegistry& r) {
  // clang-format off
  r.add({"coefficient-test", "t = b / SE, two-sided p, stars and confidence bounds of one printed coefficient; flags sign and significance errors", {"coefficient", "se", "t", "p", "stars", "df", "star_levels", "confidence"}, run_coefficient_test});
  r.add({"coefficient-table", "coefficient-test for every row of a printed regression table column", {"coefficients", "df", "star_levels", "confidence"}, run_coefficient_table});
  r.add({"confidence-bounds", "coefficient -/+ t* SE from a printed coefficient and standard error", {"coefficient", "se", "df", "confidence"}, run_confidence_bounds});
  r.add({"fit-from-r2", "F, its p, adjusted R^2 and multiple R from a printed R^2, n and k", {"r2", "n", "k"}, run_fit_from_r2});
  r.add({"anova-table", "SS total, MS, F, p, R^2, adjusted R^2 and standard error from printed sums of squares", {"ss_regression", "ss_residual", "df_regression", "df_residual"}, run_anova_table});
  r.add({"mean-square", "MS = SS / df from a printed sum of squares", {"ss", "df"}, run_mean_square});
  r.add({"ss-total", "SS total = SS regression + SS residual from printed sums of squares", {"ss_regression", "ss_residual"}, run_ss_total});
  r.add({"multiple-r", "multiple R = sqrt(R^2) from a printed R^2", {"r2"}, run_multiple_r});
  r.add({"totals-shares", "the total of printed parts and each part's share (of the total or of a printed total)", {"parts", "total", "percent"}, run_totals_shares});
  r.add({"growth-rates", "growth in percent, (new / old - 1) * 100, from printed levels", {"levels", "old", "new"}, run_growth_rates});
  r.add({"summary-sanity", "min <= mean <= max, SD >= 0 and the largest SD min, mean and max allow", {"min", "mean", "max", "sd", "n"}, run_summary_sanity});
  r.add({"within-bounds", "printed numbers within fixed bounds (a p-value in [0, 1], a VIF >= 1)", {"value", "values", "lower", "upper"}, run_within_bounds});
  r.add({"item-count", "the number of listed items (or of the dataset's rows), against the count the text claims", {"items", "claimed"}, run_item_count});
  // clang-format on
}

}  // namespace qala
