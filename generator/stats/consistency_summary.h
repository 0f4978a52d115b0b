#pragma once
#include <optional>

#include "stats/consistency_bounded.h"

namespace qala::stats {

/// One column of a summary-statistics table as printed.
struct PrintedSummary {
  Bounded min;
  Bounded mean;
  Bounded max;
  std::optional<Bounded> sd;
  /// Number of observations; without it the SD bound assumes the worst case n = 2.
  std::optional<double> n;
};

/// What a summary column must satisfy. `mean` and `sd` are ranges of admissible values (their
/// `value` is the printed midpoint moved into the range), so a golden check of the printed mean
/// or SD against them fails only when no rounding of the printed numbers can be right.
struct SummaryCheck {
  /// [min, max]: where the mean must lie.
  Bounded mean;
  /// [0, largest sample SD the min, mean and max allow] (Bhatia–Davis:
  /// s² <= n / (n - 1) (max - mean)(mean - min); when the mean cannot lie in [min, max] the
  /// range bound s <= sqrt(n / (n - 1)) (max - min) / 2 is used instead).
  Bounded sd;
  /// Conditions as 1/0 (see `condition`): min <= mean <= max, SD >= 0, SD within its bound.
  Bounded ordered;
  Bounded sd_nonnegative;
  Bounded sd_bounded;
};

SummaryCheck check_summary(const PrintedSummary& printed);

/// A printed number that must lie in [lower, upper] (a p-value in [0, 1], a VIF >= 1, a ratio of
/// a part to its whole <= 1).
struct BoundsCheck {
  /// [lower, upper] with the printed midpoint clamped into it as value.
  Bounded admissible;
  /// 1/0: the printed number lies within the bounds.
  Bounded inside;
};

BoundsCheck check_bounds(const Bounded& printed, double lower, double upper);

}  // namespace qala::stats
