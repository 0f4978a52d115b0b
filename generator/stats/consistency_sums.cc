#include "stats/consistency_sums.h"

#include <string>

#include "core/error.h"

namespace qala::stats {

Bounded total_of(const std::vector<Bounded>& parts) {
  Bounded sum = Bounded::exact(0);
  for (const auto& part : parts) sum = sum + part;
  return sum;
}

Bounded share_of_total(const std::vector<Bounded>& parts, size_t index,
                       const std::optional<Bounded>& total, double scale) {
  if (index >= parts.size())
    throw MethodError("no part number " + std::to_string(index + 1) + " among " +
                      std::to_string(parts.size()));
  const Bounded& part = parts[index];
  if (total) return scaled(part / *total, scale);

  Bounded rest = Bounded::exact(0);
  bool nonnegative = part.low >= 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i == index) continue;
    rest = rest + parts[i];
    nonnegative = nonnegative && parts[i].low >= 0;
  }
  if (!nonnegative) return scaled(part / (part + rest), scale);
  // part / (part + rest) rises with part and falls with rest.
  auto ratio = [](double x, double y) { return x + y > 0 ? x / (x + y) : 0.0; };
  Bounded share{ratio(part.value, rest.value), ratio(part.low, rest.high),
                ratio(part.high, rest.low)};
  return scaled(share, scale);
}

Bounded growth_percent(const Bounded& old_level, const Bounded& new_level) {
  return scaled(shifted(new_level / old_level, -1), 100);
}

}  // namespace qala::stats
