#pragma once
#include <Eigen/Dense>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qala::stats {

/// The trend families of a spreadsheet's trendline, in its semantics.
enum class TrendFamily {
  kLinear,       ///< y = a + b t
  kLogarithmic,  ///< y = a + b ln t
  kExponential,  ///< y = a e^{b t}, fitted as OLS of ln y on t
  kPower,        ///< y = a t^b, fitted as OLS of ln y on ln t
  kPolynomial,   ///< y = c0 + c1 t + ... + ck t^k
};

/// "linear", "logarithmic", "exponential", "power", "polynomial" and back.
std::optional<TrendFamily> parse_trend_family(std::string_view name);
std::string trend_family_name(TrendFamily family);
/// Every family name, for "did you mean" hints.
std::vector<std::string> trend_family_names();

/// A fitted trend. For the four two-parameter families `coefficients` is {a, b}; for a
/// polynomial it is {c0, ..., c_degree}.
struct TrendFit {
  TrendFamily family = TrendFamily::kLinear;
  std::vector<double> coefficients;
  /// R^2 of the linear fit the family reduces to: on the log scale of y for exponential and
  /// power trends, exactly as the spreadsheet reports it.
  double r2 = 0;
  /// sqrt(R^2), the "approximation coefficient R" some papers print.
  double r = 0;
  size_t n = 0;
};

/// Fits a trend of `family` to the points (t_i, y_i). `degree` is used by polynomials only
/// (>= 1). Throws MethodError naming the value when a logarithm of a non-positive t or y is
/// needed, and when there are too few points for the family.
TrendFit fit_trend(const Eigen::VectorXd& t, const Eigen::VectorXd& y, TrendFamily family,
                   int degree = 2);

/// The trend's value at `t`. Coefficients as in TrendFit: {a, b} or {c0, ..., ck}.
double evaluate_trend(TrendFamily family, const std::vector<double>& coefficients, double t);

}  // namespace qala::stats
