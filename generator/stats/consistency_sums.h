#pragma once
#include <optional>
#include <vector>

#include "stats/consistency_bounded.h"

namespace qala::stats {

/// The sum of printed parts.
Bounded total_of(const std::vector<Bounded>& parts);

/// Part `index` as a share of `total` (or, when no total is given, of the sum of the parts),
/// times `scale` (100 for percent). With a sum of non-negative parts the share rises with the
/// part and falls with the others, which gives tighter bounds than dividing two intervals.
/// Throws MethodError for an index out of range or an empty list.
Bounded share_of_total(const std::vector<Bounded>& parts, size_t index,
                       const std::optional<Bounded>& total, double scale);

/// Growth from `old_level` to `new_level` in percent: (new / old - 1) * 100.
Bounded growth_percent(const Bounded& old_level, const Bounded& new_level);

}  // namespace qala::stats
