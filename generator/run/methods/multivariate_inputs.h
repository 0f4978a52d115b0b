#pragma once
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "core/result.h"
#include "run/method.h"
#include "run/methods/regression_inputs.h"
#include "stats/partition.h"

namespace qala {

/// Parameter readers and result writers shared by the multivariate adapters (descriptive,
/// index, clustering, association, neural network). Each throws InputError at the parameter.

/// Rows of a dataset selected for a method: the values of the chosen columns, one label per row
/// and where each row came from.
struct RowData {
  std::vector<std::string> names;  // column names, in the order of x's columns
  Eigen::MatrixXd x;
  std::vector<std::string> labels;  // per kept row, used in result paths
  std::vector<size_t> table_rows;   // per kept row, its index in the table
  size_t dropped = 0;               // rows dropped for a missing value (missing: drop)
};

/// Reads the columns `params[key]` and the labels: the text or number column `params.label`
/// when given, else the row number (1-based). Missing values follow `missing:` — `refuse`
/// (default: an error naming the column, its first empty cell and the fix) or `drop` (the whole
/// row is left out and counted). Labels must be unique and free of '/'.
RowData read_rows(const MethodCall& call, const std::string& key);

/// Labels of all table rows, as read_rows assigns them.
std::vector<std::string> row_labels(const MethodCall& call);

/// `params[key]` as a whole number in [lo, hi], or `fallback` when absent.
int int_param_or(const MethodCall& call, const std::string& key, int fallback, int lo, int hi);

/// `params[key]` as a whole number in [lo, hi]; an error when absent.
int required_int(const MethodCall& call, const std::string& key, int lo, int hi);

/// `params[key]` as one of `choices` (error with a "did you mean"), or `fallback` when absent.
std::string choice_param_or(const MethodCall& call, const std::string& key,
                            const std::vector<std::string>& choices, std::string fallback);

/// Standardises `x`'s columns to z-scores when `params.standardize` is `z` (default `none`).
Eigen::MatrixXd standardized_if_asked(const MethodCall& call, const Eigen::MatrixXd& x);

/// Reports a partition: `k`, `n`, `clusters/<label>` (1-based), `members/<label>/distance`,
/// `size/<c>`, `centers/<c>/<var>`, `within_ss/<c>`, `total_within_ss`, `between_ss`,
/// `total_ss`.
void report_partition(Result& out, const RowData& rows, const stats::Partition& p);

/// `params.numbering`: appearance (default `fallback`), ascending or descending.
stats::ClusterOrder cluster_order_param(const MethodCall& call, stats::ClusterOrder fallback);

/// "p25" for 0.25, "p2.5" for 0.025: the path segment of a probability.
std::string percent_name(double p);

/// A number as a short path segment: "1", "0.5".
std::string number_name(double x);

}  // namespace qala
