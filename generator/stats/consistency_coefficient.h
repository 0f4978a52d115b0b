#pragma once
#include <optional>
#include <vector>

#include "stats/consistency_bounded.h"

namespace qala::stats {

/// How a table turns p-values into stars: `levels` in decreasing order, p < levels[i] earns
/// i + 1 stars. The default is the common * p<0.05, ** p<0.01, *** p<0.001; many econometric
/// tables use {0.1, 0.05, 0.01}.
struct StarRule {
  std::vector<double> levels = {0.05, 0.01, 0.001};

  /// Throws MethodError unless the levels lie in (0, 1) and strictly decrease.
  void validate() const;
  int stars(double p) const;
};

/// The reference distribution of a test statistic: Student's t with `df` degrees of freedom, or
/// the standard normal (z tests, e.g. robust least squares) when `df` is absent.
struct TestDistribution {
  std::optional<double> df;

  /// Two-sided p-value P(|T| >= |t|).
  double two_sided_p(double t) const;
  /// The critical value t* with P(|T| >= t*) = 1 - confidence.
  double critical(double confidence) const;
};

/// What a regression table prints for one coefficient. Only the coefficient and its standard
/// error are required; the other printed numbers are compared when present.
struct PrintedCoefficient {
  Bounded coefficient;
  Bounded se;
  std::optional<Bounded> t;
  std::optional<Bounded> p;
  std::optional<int> stars;
};

/// Kinds of finding, as bit flags summed into CoefficientCheck::finding (0: consistent).
enum Finding : int {
  /// The printed t and the coefficient have opposite signs.
  kSignError = 1,
  /// The printed stars cannot follow from any p in the interval the printed numbers allow.
  kSignificanceError = 2,
  /// The printed t cannot be coefficient / SE for any values that round to the printed ones.
  kTError = 4,
  /// The printed p cannot be the two-sided p of any t the printed numbers allow.
  kPError = 8,
};

/// Everything that follows from a printed coefficient and its standard error.
struct CoefficientCheck {
  Bounded t;         // coefficient / SE
  Bounded p;         // two-sided, from t
  Bounded stars;     // from p by the star rule
  Bounded ci_lower;  // coefficient - t* SE
  Bounded ci_upper;  // coefficient + t* SE
  int finding = 0;   // sum of Finding flags; the methods report it as `kind`
};

/// Recomputes t, p, stars and the confidence bounds of one coefficient from its printed numbers
/// and flags every printed statistic that no rounding of the inputs can explain.
CoefficientCheck check_coefficient(const PrintedCoefficient& printed,
                                   const TestDistribution& distribution, const StarRule& rule,
                                   double confidence = 0.95);

}  // namespace qala::stats
