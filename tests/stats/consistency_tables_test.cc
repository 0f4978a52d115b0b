#include <catch2/catch.hpp>
#include <cmath>

#include "core/error.h"
#include "stats/consistency_fit.h"
#include "stats/consistency_summary.h"
#include "stats/consistency_sums.h"

using namespace qala::stats;

namespace {
Bounded printed(double value, double half_unit) { return Bounded::around(value, half_unit); }
}  // namespace

TEST_CASE("F, adjusted R2 and multiple R follow from a printed R2", "[stats]") {
  auto fit = fit_from_r2(printed(0.8122, 0.00005), 17, 2);
  CHECK(fit.f.value == Approx(30.2736954207));  // R: (0.8122/2) / ((1-0.8122)/14)
  CHECK(fit.f.low == Approx(30.263774288));     // R: same at 0.81215
  CHECK(fit.f.high == Approx(30.2836218375));   // R: same at 0.81225
  CHECK(fit.f_p.value == Approx(8.23889779728e-06).epsilon(1e-8));  // R: pf(F, 2, 14, lower=F)
  CHECK(fit.f_p.low < fit.f_p.value);
  CHECK(fit.adjusted_r2.value == Approx(0.785371428571));  // R: 1 - (1-0.8122)*16/14
  CHECK(fit.adjusted_r2.low == Approx(0.785314285714));    // R: 1 - (1-0.81215)*16/14
  CHECK(fit.multiple_r.value == Approx(0.901221393443));   // R: sqrt(0.8122)
  CHECK_THROWS_AS(fit_from_r2(printed(0.5, 0.05), 3, 2), qala::MethodError);
}

TEST_CASE("an ANOVA block is recomputed from its sums of squares", "[stats]") {
  auto a = check_anova(printed(1000.5, 0.05), printed(200.25, 0.005), 2, 14);
  CHECK(a.ss_total.value == Approx(1200.75));
  CHECK(a.ss_total.low == Approx(1200.695));
  CHECK(a.ms_regression.value == Approx(500.25));
  CHECK(a.f.value == Approx(34.9737827715));                      // R: (1000.5/2) / (200.25/14)
  CHECK(a.f.low == Approx(34.9711617687));                        // R: (1000.45/2) / (200.255/14)
  CHECK(a.f.high == Approx(34.9764039052));                       // R: (1000.55/2) / (200.245/14)
  CHECK(a.f_p.value == Approx(3.58789319254e-06).epsilon(1e-8));  // R: pf(F, 2, 14, lower=F)
  CHECK(a.r2.value == Approx(0.83322923173));                     // R: 1000.5 / 1200.75
  CHECK(a.r2.low == Approx(0.833218817278));              // R: 1000.45 / (1000.45 + 200.255)
  CHECK(a.r2.high == Approx(0.833239645402));             // R: 1000.55 / (1000.55 + 200.245)
  CHECK(a.adjusted_r2.value == Approx(0.809404836263));   // R: 1 - (200.25/14)/(1200.75/16)
  CHECK(a.standard_error.value == Approx(3.7820062703));  // R: sqrt(200.25/14)
  CHECK(mean_square(printed(10, 0.5), 4).high == Approx(2.625));
  CHECK_THROWS_AS(mean_square(printed(10, 0.5), 0), qala::MethodError);
  CHECK_THROWS_AS(check_anova(printed(-3, 0.5), printed(1, 0.5), 1, 1), qala::MethodError);
}

TEST_CASE("totals, shares and growth rates from printed parts and levels", "[stats]") {
  std::vector<Bounded> parts = {printed(10, 0.05), printed(30, 0.05), printed(60, 0.05)};
  CHECK(total_of(parts).value == Approx(100));
  CHECK(total_of(parts).high == Approx(100.15));
  auto share = share_of_total(parts, 0, std::nullopt, 100);
  CHECK(share.value == Approx(10));
  CHECK(share.low == Approx(9.94502748626));   // R: 100 * 9.95 / (9.95 + 30.05 + 60.05)
  CHECK(share.high == Approx(10.0550275138));  // R: 100 * 10.05 / (10.05 + 29.95 + 59.95)
  // A printed share of 10,1% cannot follow from these parts; 10,05% can.
  CHECK_FALSE(share.meets(printed(10.1, 0.005)));
  CHECK(share.meets(printed(10.05, 0.005)));
  auto given = share_of_total(parts, 2, printed(100, 0.5), 1);
  CHECK(given.low == Approx(59.95 / 100.5));
  CHECK_THROWS_AS(share_of_total(parts, 3, std::nullopt, 1), qala::MethodError);
  auto growth = growth_percent(printed(100, 0.05), printed(110, 0.05));
  CHECK(growth.value == Approx(10));
  CHECK(growth.low == Approx(9.89505247376));   // R: (109.95/100.05 - 1) * 100
  CHECK(growth.high == Approx(10.1050525263));  // R: (110.05/99.95 - 1) * 100
}

TEST_CASE("summary statistics: min <= mean <= max and an SD the range allows", "[stats]") {
  // Lee et al. (2024), Table 2, inno: 0.316, 5.000, 0.000, 1.086, 76 observations.
  PrintedSummary inno{printed(0, 0.0005), printed(0.316, 0.0005), printed(5, 0.0005),
                      printed(1.086, 0.0005), 76};
  auto ok = check_summary(inno);
  CHECK(ok.ordered.low == 1);
  CHECK(ok.mean.low == Approx(-0.0005));
  CHECK(ok.mean.high == Approx(5.0005));
  CHECK(ok.sd.value == Approx(1.086));
  CHECK(ok.sd.high == Approx(1.22663185458));  // R: sqrt(76/75*(5.0005-0.3165)*(0.3165+0.0005))
  CHECK(ok.sd_bounded.low == 1);
  CHECK(ok.sd_nonnegative.low == 1);
  // An SD of 1.3 is more than a mean of 0.316 within [0, 5] allows.
  inno.sd = printed(1.3, 0.05);
  CHECK(check_summary(inno).sd_bounded.high == 0);

  // Table 2, inno_per as printed: mean 2×10^5 above max 5×10^4, SD 9×10^5.
  PrintedSummary per{printed(0, 0.0005), printed(2e5, 0.5e5), printed(5e4, 0.5e4),
                     printed(9e5, 0.5e5), 76};
  auto bad = check_summary(per);
  CHECK(bad.ordered.high == 0);
  CHECK_FALSE(bad.mean.meets(per.mean));
  CHECK(bad.sd.high == Approx(27682.7265143));  // R: sqrt(76/75) * (5.5e4 + 0.0005) / 2
  CHECK(bad.sd_bounded.high == 0);
  // With the exponents' minus signs restored (2×10^-5, 5×10^-4, 9×10^-5) all is consistent.
  PrintedSummary fixed{printed(0, 0.0005), printed(2e-5, 0.5e-5), printed(5e-4, 0.5e-4),
                       printed(9e-5, 0.5e-5), 76};
  auto good = check_summary(fixed);
  CHECK(good.ordered.high == 1);
  CHECK(good.sd_bounded.high == 1);
  CHECK(good.mean.meets(fixed.mean));
  CHECK(good.sd.meets(*fixed.sd));
}

TEST_CASE("a printed number within fixed bounds", "[stats]") {
  auto p = check_bounds(printed(0.183, 0.0005), 0, 1);
  CHECK(p.inside.low == 1);
  CHECK(p.admissible.value == Approx(0.183));
  auto ratio = check_bounds(printed(1.230, 0.0005), 0, 1);
  CHECK(ratio.inside.high == 0);
  CHECK(ratio.admissible.value == 1);
  CHECK_FALSE(ratio.admissible.meets(printed(1.230, 0.0005)));
  // 1.0004 may be a rounded 0.9999...: possibly inside.
  CHECK(check_bounds(printed(1.000, 0.0005), 0, 1).inside.high == 1);
  CHECK_THROWS_AS(check_bounds(printed(1, 0.5), 2, 1), qala::MethodError);
}
