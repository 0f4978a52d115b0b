#pragma once
#include "stats/consistency_bounded.h"

namespace qala::stats {

/// What the fit statistics of a regression with an intercept, `n` observations and `k`
/// regressors besides the intercept imply when R² is printed.
struct FitFromR2 {
  Bounded f;            // (R² / k) / ((1 - R²) / (n - k - 1))
  Bounded f_p;          // P(F >= f) with (k, n - k - 1) degrees of freedom
  Bounded adjusted_r2;  // 1 - (1 - R²) (n - 1) / (n - k - 1)
  Bounded multiple_r;   // sqrt(R²)
};

/// Throws MethodError unless 1 <= k and n - k - 1 >= 1. R² is clamped to [0, 1].
FitFromR2 fit_from_r2(const Bounded& r2, double n, double k);

/// The whole analysis-of-variance block of a regression output, from the two printed sums of
/// squares and their degrees of freedom (as spreadsheets print it).
struct AnovaCheck {
  Bounded ss_total;        // SS regression + SS residual
  Bounded ms_regression;   // SS regression / df regression
  Bounded ms_residual;     // SS residual / df residual
  Bounded f;               // MS regression / MS residual
  Bounded f_p;             // P(F >= f) with (df regression, df residual)
  Bounded r2;              // SS regression / SS total
  Bounded multiple_r;      // sqrt(R²)
  Bounded adjusted_r2;     // 1 - MS residual / (SS total / (df regression + df residual))
  Bounded standard_error;  // sqrt(MS residual)
};

/// Throws MethodError for a non-positive degree of freedom or a negative sum of squares.
AnovaCheck check_anova(const Bounded& ss_regression, const Bounded& ss_residual,
                       double df_regression, double df_residual);

/// MS = SS / df; throws MethodError when df <= 0.
Bounded mean_square(const Bounded& ss, double df);
/// sqrt(R²), R² clamped to [0, 1].
Bounded multiple_r(const Bounded& r2);
/// The upper tail of F with (df1, df2): falls as F grows.
Bounded f_upper_tail(const Bounded& f, double df1, double df2);

}  // namespace qala::stats
