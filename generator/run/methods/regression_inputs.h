#pragma once
#include <Eigen/Dense>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "run/method.h"

namespace qala {

/// Parameter readers shared by the regression-family adapters (trend, regression, WLS, robust,
/// diagnostics). Each throws InputError at the parameter it reads.

/// A numeric column of the call's table, named by the scalar `name_value`, or a column another
/// analysis derived from the same dataset: `{ref: <analysis>/column/<name>}` (panel-growth
/// reports its rates so, one number per dataset line; rows it has no number for are missing).
struct NamedColumn {
  std::string name;
  const std::vector<double>* numbers = nullptr;
  /// Holds a derived column's numbers (empty for a column of the table).
  std::shared_ptr<const std::vector<double>> derived;
};
NamedColumn column_named(const MethodCall& call, const Value& name_value);
/// `params[key]` as one column name.
NamedColumn column_of(const MethodCall& call, const std::string& key);
/// `params[key]` as a list of column names (a single name is accepted as a list of one).
std::vector<NamedColumn> column_list_of(const MethodCall& call, const std::string& key);

/// `params[key]` as a list of numbers (each a number or `{ref: analysis/path}`).
std::vector<double> number_list_param(const MethodCall& call, const std::string& key);
/// `params[key]` as a list of distinct names without '/', or `fallback` when absent.
std::vector<std::string> name_list_param_or(const MethodCall& call, const std::string& key,
                                            std::vector<std::string> fallback);
/// `params[key]` as true/false, or `fallback` when absent.
bool bool_param_or(const MethodCall& call, const std::string& key, bool fallback);

/// The columns' values on the rows where all are present, as a matrix with one column per input
/// column. A row with a missing (NaN) cell is refused with an InputError at the analysis that
/// names the column and how many rows lack it, unless the parameter `missing: drop` says to
/// drop such rows.
/// `kept`, when given, receives the indices of the rows used.
Eigen::MatrixXd complete_rows(const MethodCall& call, const std::vector<NamedColumn>& columns,
                              std::vector<size_t>* kept = nullptr);

/// The keys of a grouping column (numbers or texts) on the rows `kept`.
std::vector<std::string> group_keys(const MethodCall& call, const Value& name_value,
                                    const std::vector<size_t>& kept);

/// What a linear-model method reads: `y`, `x` (list), `names`, `intercept`, `missing`, and with
/// `weighted` also `weights` (a column, or {column, rule: as_is | inverse | inverse_square |
/// inverse_variance, by: <group column>}).
struct ModelInputs {
  Eigen::MatrixXd x;
  Eigen::VectorXd y;
  /// Coefficient names, intercept first when fitted.
  std::vector<std::string> names;
  bool intercept = true;
  /// Empty when unweighted.
  Eigen::VectorXd weights;
  /// Rows left out for a missing value (`missing: drop`).
  size_t dropped = 0;
};
ModelInputs read_model_inputs(const MethodCall& call, bool weighted);

/// `star_levels` as a list of numbers, or nothing when the analysis does not ask for stars.
std::optional<std::vector<double>> star_levels_param(const MethodCall& call);

}  // namespace qala
