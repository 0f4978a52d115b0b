#pragma once

namespace qala::stats {

/// Distribution functions shared by every statistics method, wrapping Boost.Math so that no
/// other file includes it. Each throws MethodError on an argument outside the domain
/// (df <= 0, probability outside (0, 1)) instead of Boost's own exceptions.

/// Standard normal cumulative distribution P(Z <= z).
double normal_cdf(double z);
/// Standard normal quantile: the z with P(Z <= z) = p, 0 < p < 1.
double normal_quantile(double p);

/// Student's t cumulative distribution P(T <= t) with `df` degrees of freedom (df > 0, may be
/// fractional).
double t_cdf(double t, double df);
/// Two-sided p-value P(|T| >= |t|), computed from the upper tail so tiny p keep their digits.
double t_two_sided_p(double t, double df);
/// Student's t quantile: the t with P(T <= t) = p.
double t_quantile(double p, double df);

/// F cumulative distribution P(F <= f) with (df1, df2) degrees of freedom.
double f_cdf(double f, double df1, double df2);
/// Upper tail P(F >= f), what spreadsheets call "significance F".
double f_upper_p(double f, double df1, double df2);
/// F quantile: the f with P(F <= f) = p.
double f_quantile(double p, double df1, double df2);

/// Chi-squared cumulative distribution P(X <= x) with `df` degrees of freedom.
double chi2_cdf(double x, double df);
/// Upper tail P(X >= x).
double chi2_upper_p(double x, double df);
/// Chi-squared quantile: the x with P(X <= x) = p.
double chi2_quantile(double p, double df);

}  // namespace qala::stats
