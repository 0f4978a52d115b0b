#include "stats/trend.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "core/error.h"
#include "stats/least_squares.h"

namespace qala::stats {
namespace {

struct FamilyName {
  TrendFamily family;
  const char* name;
};
constexpr FamilyName kFamilies[] = {
    {TrendFamily::kLinear, "linear"},           {TrendFamily::kLogarithmic, "logarithmic"},
    {TrendFamily::kExponential, "exponential"}, {TrendFamily::kPower, "power"},
    {TrendFamily::kPolynomial, "polynomial"},
};

std::string format_value(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", v);
  return buffer;
}

/// ln of every value, refusing a non-positive one with the value and its position.
Eigen::VectorXd logs(const Eigen::VectorXd& v, const char* what, TrendFamily family) {
  Eigen::VectorXd out(v.size());
  for (Eigen::Index i = 0; i < v.size(); ++i) {
    if (!(v(i) > 0))
      throw MethodError("a " + trend_family_name(family) + " trend takes the logarithm of " + what +
                        ", but " + what + " = " + format_value(v(i)) + " at observation " +
                        std::to_string(i + 1) + " is not positive");
    out(i) = std::log(v(i));
  }
  return out;
}

/// The coefficients in t of sum_j g_j ((t - centre) / spread)^j, by the binomial theorem in
/// long double: c_i = sum_{j>=i} g_j C(j, i) (-centre)^(j-i) / spread^j.
std::vector<double> expand_shifted_polynomial(const Eigen::VectorXd& g, double centre,
                                              double spread) {
  const auto degree = static_cast<int>(g.size()) - 1;
  std::vector<double> c(g.size());
  for (int i = 0; i <= degree; ++i) {
    long double sum = 0;
    long double binomial = 1;  // C(j, i), starting at j = i
    for (int j = i; j <= degree; ++j) {
      if (j > i) binomial = binomial * j / (j - i);
      sum += static_cast<long double>(g(j)) * binomial *
             std::pow(-static_cast<long double>(centre), j - i) /
             std::pow(static_cast<long double>(spread), j);
    }
    c[static_cast<size_t>(i)] = static_cast<double>(sum);
  }
  return c;
}

}  // namespace

std::optional<TrendFamily> parse_trend_family(std::string_view name) {
  for (const auto& f : kFamilies)
    if (name == f.name) return f.family;
  return std::nullopt;
}

std::string trend_family_name(TrendFamily family) {
  for (const auto& f : kFamilies)
    if (family == f.family) return f.name;
  return "unknown";
}

std::vector<std::string> trend_family_names() {
  std::vector<std::string> out;
  for (const auto& f : kFamilies) out.push_back(f.name);
  return out;
}

TrendFit fit_trend(const Eigen::VectorXd& t, const Eigen::VectorXd& y, TrendFamily family,
                   int degree) {
  if (t.size() != y.size()) throw MethodError("t and y have different lengths");
  if (family == TrendFamily::kPolynomial && degree < 1)
    throw MethodError("a polynomial trend needs degree >= 1, got " + std::to_string(degree));
  const int terms = family == TrendFamily::kPolynomial ? degree : 1;
  if (t.size() < terms + 1)
    throw MethodError("a " + trend_family_name(family) + " trend with " +
                      std::to_string(terms + 1) + " coefficients needs at least " +
                      std::to_string(terms + 1) + " points, got " + std::to_string(t.size()));

  // Every family is a straight-line (or polynomial) OLS after transforming t and/or y.
  Eigen::MatrixXd design(t.size(), terms);
  Eigen::VectorXd response = y;
  std::vector<std::string> names;
  double centre = 0, spread = 1;
  switch (family) {
    case TrendFamily::kLinear:
      design.col(0) = t;
      break;
    case TrendFamily::kLogarithmic:
      design.col(0) = logs(t, "t", family);
      break;
    case TrendFamily::kExponential:
      design.col(0) = t;
      response = logs(y, "y", family);
      break;
    case TrendFamily::kPower:
      design.col(0) = logs(t, "t", family);
      response = logs(y, "y", family);
      break;
    case TrendFamily::kPolynomial:
      // Powers of u = (t - centre) / spread, not of t: raw powers of years (2010..2019) are
      // collinear to double precision from degree 5 on.
      centre = t.mean();
      spread = (t.array() - centre).abs().maxCoeff();
      if (spread == 0) spread = 1;  // a constant t is reported as such by the solver
      for (int k = 0; k < terms; ++k)
        design.col(k) = ((t.array() - centre) / spread).pow(k + 1).matrix();
      break;
  }
  for (int k = 0; k < terms; ++k)
    names.push_back(family == TrendFamily::kPolynomial ? "t^" + std::to_string(k + 1) : "t");
  LeastSquares ls = solve_least_squares(design, response, true, names);

  TrendFit fit;
  fit.family = family;
  fit.n = static_cast<size_t>(t.size());
  if (family == TrendFamily::kPolynomial) {
    fit.coefficients = expand_shifted_polynomial(ls.coefficients, centre, spread);
  } else {
    for (Eigen::Index j = 0; j < ls.coefficients.size(); ++j)
      fit.coefficients.push_back(ls.coefficients(j));
  }
  if (family == TrendFamily::kExponential || family == TrendFamily::kPower)
    fit.coefficients[0] = std::exp(fit.coefficients[0]);
  if (ls.total_ss == 0) throw MethodError("y is constant: a trend R^2 is undefined");
  fit.r2 = ls.regression_ss / (ls.regression_ss + ls.residual_ss);
  fit.r = std::sqrt(fit.r2);
  return fit;
}

double evaluate_trend(TrendFamily family, const std::vector<double>& c, double t) {
  const size_t expected = family == TrendFamily::kPolynomial ? 0 : 2;
  if (expected != 0 && c.size() != expected)
    throw MethodError("a " + trend_family_name(family) + " trend has 2 coefficients (a, b), got " +
                      std::to_string(c.size()));
  if (c.empty()) throw MethodError("a polynomial trend needs at least one coefficient");
  switch (family) {
    case TrendFamily::kLinear:
      return c[0] + c[1] * t;
    case TrendFamily::kLogarithmic:
      if (!(t > 0)) throw MethodError("ln t is undefined at t = " + format_value(t));
      return c[0] + c[1] * std::log(t);
    case TrendFamily::kExponential:
      return c[0] * std::exp(c[1] * t);
    case TrendFamily::kPower:
      if (!(t > 0)) throw MethodError("t^b is undefined for b real at t = " + format_value(t));
      return c[0] * std::pow(t, c[1]);
    case TrendFamily::kPolynomial: {
      double value = 0;  // Horner
      for (size_t k = c.size(); k-- > 0;) value = value * t + c[k];
      return value;
    }
  }
  return NAN;
}

}  // namespace qala::stats
