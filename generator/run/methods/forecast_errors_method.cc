#include <string>

#include "core/error.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "stats/forecast_errors.h"

namespace qala {
namespace {

/// `key` as a list of numbers, or `key_column` as a column; exactly one must be given.
std::vector<double> values_of(const MethodCall& call, const std::string& key,
                              std::vector<NamedColumn>& columns) {
  const bool listed = call.params.find(key) != nullptr;
  const bool column = call.params.find(key + "_column") != nullptr;
  if (listed == column)
    throw InputError(call.where, "give exactly one of '" + key + "' (a list of numbers) or '" +
                                     key + "_column' (a column)");
  if (listed) return number_list_param(call, key);
  columns.push_back(column_of(call, key + "_column"));
  return {};
}

}  // namespace

Result run_forecast_errors(const MethodCall& call) {
  std::vector<NamedColumn> columns;
  std::vector<double> actual = values_of(call, "actual", columns);
  const bool actual_listed = !actual.empty();
  std::vector<double> forecast = values_of(call, "forecast", columns);
  if (!columns.empty()) {
    Eigen::MatrixXd data = complete_rows(call, columns);
    auto column = [&data](Eigen::Index c) {
      return std::vector<double>(data.col(c).data(), data.col(c).data() + data.rows());
    };
    if (!actual_listed) actual = column(0);
    if (forecast.empty()) forecast = column(actual_listed ? 0 : 1);
  }
  stats::ForecastErrors e = stats::forecast_errors(
      Eigen::Map<const Eigen::VectorXd>(actual.data(), static_cast<Eigen::Index>(actual.size())),
      Eigen::Map<const Eigen::VectorXd>(forecast.data(),
                                        static_cast<Eigen::Index>(forecast.size())));
  Result r;
  r.set("mape", e.mape);
  r.set("mae", e.mae);
  r.set("rmse", e.rmse);
  r.set("n", static_cast<double>(e.n));
  for (Eigen::Index i = 0; i < e.percent_deviation.size(); ++i)
    r.set("percent_deviation/" + std::to_string(i + 1), e.percent_deviation(i));
  return r;
}

}  // namespace qala
