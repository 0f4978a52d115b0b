#include "stats/one_way_anova.h"

#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/distributions.h"
#include "stats/moments.h"

namespace qala::stats {

OneWayAnova one_way_anova(const std::vector<Eigen::VectorXd>& groups) {
  if (groups.size() < 2)
    throw MethodError("a one-way ANOVA needs at least two groups, got " +
                      std::to_string(groups.size()));
  std::vector<long double> means;
  long double within = 0, total_n = 0, weighted_sum = 0;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (groups[g].size() == 0)
      throw MethodError("group " + std::to_string(g + 1) + " of the ANOVA has no values");
    const long double m = mean_long(groups[g]);
    long double ss = 0;
    for (Eigen::Index i = 0; i < groups[g].size(); ++i) {
      long double d = groups[g](i) - m;
      ss += d * d;
    }
    within += ss;
    means.push_back(m);
    total_n += static_cast<long double>(groups[g].size());
    weighted_sum += m * static_cast<long double>(groups[g].size());
  }
  // The grand mean as the weighted mean of group means, corrected once like a two-pass mean.
  long double grand = weighted_sum / total_n;
  long double correction = 0;
  for (size_t g = 0; g < groups.size(); ++g)
    correction += static_cast<long double>(groups[g].size()) * (means[g] - grand);
  grand += correction / total_n;
  long double between = 0;
  for (size_t g = 0; g < groups.size(); ++g) {
    long double d = means[g] - grand;
    between += static_cast<long double>(groups[g].size()) * d * d;
  }

  OneWayAnova a;
  a.between.df = static_cast<double>(groups.size() - 1);
  a.within.df = static_cast<double>(total_n) - static_cast<double>(groups.size());
  if (a.within.df <= 0)
    throw MethodError("a one-way ANOVA needs more values than groups (no within-group df)");
  a.between.ss = static_cast<double>(between);
  a.within.ss = static_cast<double>(within);
  a.between.ms = static_cast<double>(between / static_cast<long double>(a.between.df));
  a.within.ms = static_cast<double>(within / static_cast<long double>(a.within.df));
  if (within == 0) throw MethodError("every group is constant: the ANOVA F is undefined");
  a.f = static_cast<double>((between / static_cast<long double>(a.between.df)) /
                            (within / static_cast<long double>(a.within.df)));
  a.p = f_upper_p(a.f, a.between.df, a.within.df);
  a.r2 = static_cast<double>(between / (between + within));
  a.residual_sd = std::sqrt(a.within.ms);
  return a;
}

}  // namespace qala::stats
