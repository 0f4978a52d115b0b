#include "stats/linear_model.h"

#include <cmath>
#include <string>

#include "core/error.h"
#include "stats/distributions.h"
#include "stats/least_squares.h"

namespace qala::stats {

LinearModel fit_linear_model(const Eigen::MatrixXd& x, const Eigen::VectorXd& y,
                             const std::vector<std::string>& names, bool intercept,
                             const Eigen::VectorXd& weights) {
  const auto n = static_cast<size_t>(y.size());
  const size_t p = static_cast<size_t>(x.cols()) + (intercept ? 1 : 0);
  std::vector<std::string> column_names = model_column_names(x, n, names, intercept);
  LeastSquares ls = solve_least_squares(x, y, intercept, column_names, weights);
  if (ls.total_ss == 0)
    throw MethodError(intercept ? "the response is constant: nothing to explain"
                                : "the response is all zeros: nothing to explain");

  LinearModel m;
  m.intercept = intercept;
  m.observations = n;
  m.regression.df = static_cast<double>(p - (intercept ? 1 : 0));
  m.residual.df = static_cast<double>(n - p);
  m.total.df = static_cast<double>(n - (intercept ? 1 : 0));
  m.regression.ss = ls.regression_ss;
  m.residual.ss = ls.residual_ss;
  m.total.ss = ls.total_ss;
  m.regression.ms = m.regression.df > 0 ? m.regression.ss / m.regression.df : NAN;
  m.residual.ms = m.residual.ss / m.residual.df;

  // R^2 as R's summary.lm: MSS / (MSS + RSS), which keeps its digits when RSS is tiny.
  m.r2 = ls.regression_ss / (ls.regression_ss + ls.residual_ss);
  m.multiple_r = std::sqrt(m.r2);
  m.adjusted_r2 = 1 - (1 - m.r2) * m.total.df / m.residual.df;
  m.standard_error = std::sqrt(m.residual.ms);
  if (m.regression.df > 0) {
    m.f = m.regression.ms / m.residual.ms;
    m.significance_f = f_upper_p(m.f, m.regression.df, m.residual.df);
  } else {
    m.f = NAN;
    m.significance_f = NAN;
  }

  m.covariance = ls.unscaled_covariance * m.residual.ms;
  const double t_crit = t_quantile(0.975, m.residual.df);
  for (size_t j = 0; j < p; ++j) {
    CoefficientEstimate c;
    c.name = names[j];
    c.estimate = ls.coefficients(static_cast<Eigen::Index>(j));
    auto jj = static_cast<Eigen::Index>(j);
    c.standard_error = std::sqrt(m.covariance(jj, jj));
    c.t = c.estimate / c.standard_error;
    c.p = std::isnan(c.t) ? NAN : t_two_sided_p(c.t, m.residual.df);
    c.lower95 = c.estimate - t_crit * c.standard_error;
    c.upper95 = c.estimate + t_crit * c.standard_error;
    m.coefficients.push_back(c);
  }
  m.fitted = ls.fitted;
  m.residuals = ls.residuals;
  return m;
}

double predict(const LinearModel& model, const Eigen::VectorXd& x) {
  const size_t first = model.intercept ? 1 : 0;
  if (static_cast<size_t>(x.size()) + first != model.coefficients.size())
    throw MethodError("expected " + std::to_string(model.coefficients.size() - first) +
                      " predictor values, got " + std::to_string(x.size()));
  double value = model.intercept ? model.coefficients[0].estimate : 0.0;
  for (Eigen::Index j = 0; j < x.size(); ++j)
    value += model.coefficients[first + static_cast<size_t>(j)].estimate * x(j);
  return value;
}

}  // namespace qala::stats
