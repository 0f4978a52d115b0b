#include <catch2/catch.hpp>

#include "core/error.h"
#include "stats/distributions.h"

using namespace qala::stats;

namespace {
// Expected values from R 4.2.2 (tests/reference/regression_reference.R), 15 significant digits.
Approx rel(double expected) { return Approx(expected).epsilon(1e-12); }
}  // namespace

TEST_CASE("t distribution matches R", "[stats]") {
  CHECK(t_cdf(2.140402044, 6) == rel(0.961945945204002));            // R pt()
  CHECK(t_two_sided_p(-3.216067862, 6) == rel(0.0182271864221752));  // R 2*pt(-|t|)
  CHECK(t_two_sided_p(3.216067862, 6) == rel(0.0182271864221752));   // symmetric
  CHECK(t_two_sided_p(-40, 30) == rel(1.37260451944064e-27));        // R: deep tail keeps digits
  CHECK(t_quantile(0.975, 6) == rel(2.44691185114497));              // R qt()
  CHECK(t_quantile(0.025, 2.5) == rel(-3.57465484200369));           // R qt(), fractional df
}

TEST_CASE("F, chi-squared and normal distributions match R", "[stats]") {
  CHECK(f_cdf(12.9739924, 2, 6) == rel(0.993375953938282));        // R pf()
  CHECK(f_upper_p(12.9739924, 2, 6) == rel(0.00662404606171834));  // R pf(upper)
  CHECK(f_quantile(0.95, 3, 21) == rel(3.07246698639688));         // R qf()
  CHECK(chi2_cdf(7.5, 3) == rel(0.942441548027364));               // R pchisq()
  CHECK(chi2_upper_p(50, 2) == rel(1.3887943864964e-11));          // R pchisq(upper)
  CHECK(chi2_quantile(0.95, 4) == rel(9.48772903678115));          // R qchisq()
  CHECK(normal_cdf(-1.7) == rel(0.044565462758543));               // R pnorm()
  CHECK(normal_quantile(0.999) == rel(3.09023230616781));          // R qnorm()
}

TEST_CASE("distribution functions refuse arguments outside their domain", "[stats]") {
  CHECK_THROWS_AS(t_cdf(1.0, 0), qala::MethodError);
  CHECK_THROWS_AS(t_quantile(1.0, 5), qala::MethodError);
  CHECK_THROWS_AS(f_upper_p(1.0, -1, 5), qala::MethodError);
  CHECK_THROWS_AS(chi2_quantile(0.0, 3), qala::MethodError);
  CHECK_THROWS_AS(normal_cdf(std::nan("")), qala::MethodError);
  CHECK(f_upper_p(0.0, 2, 6) == 1.0);
  CHECK(t_two_sided_p(INFINITY, 6) == 0.0);
}
