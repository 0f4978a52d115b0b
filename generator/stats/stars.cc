#include "stats/stars.h"

#include <string>

#include "core/error.h"

namespace qala::stats {

int significance_stars(double p, const std::vector<double>& levels) {
  for (size_t i = 0; i < levels.size(); ++i) {
    if (!(levels[i] > 0 && levels[i] < 1) || (i > 0 && !(levels[i] < levels[i - 1])))
      throw MethodError("star levels must decrease strictly within (0, 1), e.g. [0.1, 0.05, 0.01]");
  }
  int stars = 0;
  for (double level : levels)
    if (p < level) ++stars;
  return stars;
}

const std::vector<double>& default_star_levels() {
  static const std::vector<double> levels{0.05, 0.01, 0.001};
  return levels;
}

}  // namespace qala::stats
