#include "stats/distributions.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

// Boost's default policy throws its own exception types on domain errors and overflow; the rest
// of Qala expects MethodError, so every call goes through `guarded`.
template <class F>
double guarded(const char* what, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    throw MethodError(std::string(what) + ": " + e.what());
  }
}

void require_df(const char* what, double df) {
  if (!(df > 0) || std::isnan(df))
    throw MethodError(std::string(what) + ": degrees of freedom must be positive, got " +
                      std::to_string(df));
}

void require_probability(const char* what, double p) {
  if (!(p > 0 && p < 1))
    throw MethodError(std::string(what) + ": probability must be in (0, 1), got " +
                      std::to_string(p));
}

void require_number(const char* what, double x) {
  if (std::isnan(x)) throw MethodError(std::string(what) + ": argument is not a number");
}

}  // namespace

double normal_cdf(double z) {
  require_number("normal_cdf", z);
  if (std::isinf(z)) return z > 0 ? 1.0 : 0.0;
  return guarded("normal_cdf", [&] { return boost::math::cdf(boost::math::normal(), z); });
}

double normal_quantile(double p) {
  require_probability("normal_quantile", p);
  return guarded("normal_quantile",
                 [&] { return boost::math::quantile(boost::math::normal(), p); });
}

double t_cdf(double t, double df) {
  require_df("t_cdf", df);
  require_number("t_cdf", t);
  if (std::isinf(t)) return t > 0 ? 1.0 : 0.0;
  return guarded("t_cdf", [&] { return boost::math::cdf(boost::math::students_t(df), t); });
}

double t_two_sided_p(double t, double df) {
  require_df("t_two_sided_p", df);
  require_number("t_two_sided_p", t);
  if (std::isinf(t)) return 0.0;
  return guarded("t_two_sided_p", [&] {
    return 2 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::fabs(t)));
  });
}

double t_quantile(double p, double df) {
  require_df("t_quantile", df);
  require_probability("t_quantile", p);
  return guarded("t_quantile",
                 [&] { return boost::math::quantile(boost::math::students_t(df), p); });
}

double f_cdf(double f, double df1, double df2) {
  require_df("f_cdf", df1);
  require_df("f_cdf", df2);
  require_number("f_cdf", f);
  if (f <= 0) return 0.0;
  if (std::isinf(f)) return 1.0;
  return guarded("f_cdf", [&] { return boost::math::cdf(boost::math::fisher_f(df1, df2), f); });
}

double f_upper_p(double f, double df1, double df2) {
  require_df("f_upper_p", df1);
  require_df("f_upper_p", df2);
  require_number("f_upper_p", f);
  if (f <= 0) return 1.0;
  if (std::isinf(f)) return 0.0;
  return guarded("f_upper_p", [&] {
    return boost::math::cdf(boost::math::complement(boost::math::fisher_f(df1, df2), f));
  });
}

double f_quantile(double p, double df1, double df2) {
  require_df("f_quantile", df1);
  require_df("f_quantile", df2);
  require_probability("f_quantile", p);
  return guarded("f_quantile",
                 [&] { return boost::math::quantile(boost::math::fisher_f(df1, df2), p); });
}

double chi2_cdf(double x, double df) {
  require_df("chi2_cdf", df);
  require_number("chi2_cdf", x);
  if (x <= 0) return 0.0;
  if (std::isinf(x)) return 1.0;
  return guarded("chi2_cdf", [&] { return boost::math::cdf(boost::math::chi_squared(df), x); });
}

double chi2_upper_p(double x, double df) {
  require_df("chi2_upper_p", df);
  require_number("chi2_upper_p", x);
  if (x <= 0) return 1.0;
  if (std::isinf(x)) return 0.0;
  return guarded("chi2_upper_p", [&] {
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared(df), x));
  });
}

double chi2_quantile(double p, double df) {
  require_df("chi2_quantile", df);
  require_probability("chi2_quantile", p);
  return guarded("chi2_quantile",
                 [&] { return boost::math::quantile(boost::math::chi_squared(df), p); });
}

}  // namespace qala::stats
