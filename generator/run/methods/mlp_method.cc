#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/multivariate_adapters.h"
#include "run/methods/multivariate_inputs.h"
#include "run/params.h"
#include "stats/mlp.h"

namespace qala {
namespace {

stats::Activation activation_named(const Value& v) {
  static const std::vector<std::string> names{"identity", "logistic", "tanh", "exp"};
  const std::string& s = v.text();
  if (s == "identity") return stats::Activation::kIdentity;
  if (s == "logistic") return stats::Activation::kLogistic;
  if (s == "tanh") return stats::Activation::kTanh;
  if (s == "exp") return stats::Activation::kExp;
  throw InputError(v.where(), "unknown activation '" + s +
                                  "'; expected identity, logistic, tanh "
                                  "or exp" +
                                  did_you_mean(s, names));
}

stats::MlpArchitecture architecture(const MethodCall& call, int inputs) {
  stats::MlpArchitecture a;
  a.inputs = inputs;
  const Value* hidden = call.params.find("hidden");
  if (!hidden) throw InputError(call.where, "missing required parameter 'hidden' (e.g. [14])");
  std::vector<Value> sizes = hidden->is_list() ? hidden->items() : std::vector<Value>{*hidden};
  for (const Value& s : sizes) {
    long n = s.integer();
    if (n < 1 || n > 1000) throw InputError(s.where(), "a hidden layer needs 1 to 1000 neurons");
    a.hidden.push_back(static_cast<int>(n));
  }
  const Value* act = call.params.find("activation");
  if (!act) {
    a.hidden_activation.assign(a.hidden.size(), stats::Activation::kTanh);
  } else if (act->is_list()) {
    if (act->items().size() != a.hidden.size())
      throw InputError(act->where(), "one activation per hidden layer expected");
    for (const Value& v : act->items()) a.hidden_activation.push_back(activation_named(v));
  } else {
    a.hidden_activation.assign(a.hidden.size(), activation_named(*act));
  }
  if (const Value* out = call.params.find("output_activation"))
    a.output_activation = activation_named(*out);
  return a;
}

/// Min-max scaling fitted on training rows: (x - lo) / (hi - lo), a constant column only
/// shifted.
struct Scaler {
  Eigen::RowVectorXd lo, span;
  explicit Scaler(const Eigen::MatrixXd& train) {
    lo = train.colwise().minCoeff();
    span = train.colwise().maxCoeff() - lo;
    for (Eigen::Index j = 0; j < span.size(); ++j)
      if (span[j] == 0) span[j] = 1;
  }
  Eigen::MatrixXd apply(const Eigen::MatrixXd& x) const {
    return (x.rowwise() - lo).array().rowwise() / span.array();
  }
  Eigen::MatrixXd invert(const Eigen::MatrixXd& x) const {
    return (x.array().rowwise() * span.array()).matrix().rowwise() + lo;
  }
};

/// 100 |actual - predicted| / |actual|; callers skip rows whose actual value is 0.
double error_percent(double actual, double predicted) {
  return 100 * std::abs(actual - predicted) / std::abs(actual);
}

}  // namespace

Result run_mlp(const MethodCall& call) {
  RowData rows = read_rows(call, "inputs");
  NamedColumn target = column_of(call, "target");
  std::vector<std::string> test_labels = name_list_param_or(call, "test", {});
  for (const auto& t : test_labels)
    if (std::find(rows.labels.begin(), rows.labels.end(), t) == rows.labels.end())
      throw InputError(call.params.at("test").where(),
                       "no row labelled '" + t + "'" + did_you_mean(t, rows.labels));
  // Rows with a target train (or test, when listed); rows without one get a forecast.
  enum class Role { kTrain, kTest, kForecast };
  std::vector<Role> role;
  std::vector<Eigen::Index> train, test;
  for (size_t i = 0; i < rows.labels.size(); ++i) {
    double y = (*target.numbers)[rows.table_rows[i]];
    bool listed =
        std::find(test_labels.begin(), test_labels.end(), rows.labels[i]) != test_labels.end();
    role.push_back(std::isnan(y) ? Role::kForecast : listed ? Role::kTest : Role::kTrain);
    if (role.back() == Role::kTrain) train.push_back(static_cast<Eigen::Index>(i));
    if (role.back() == Role::kTest) test.push_back(static_cast<Eigen::Index>(i));
  }
  if (train.size() < 2) throw InputError(call.where, "the network needs at least 2 training rows");
  Eigen::VectorXd y(static_cast<Eigen::Index>(rows.labels.size()));
  for (size_t i = 0; i < rows.labels.size(); ++i)
    y[static_cast<Eigen::Index>(i)] = (*target.numbers)[rows.table_rows[i]];

  stats::MlpArchitecture a = architecture(call, static_cast<int>(rows.names.size()));
  bool scale = choice_param_or(call, "scale", {"minmax", "none"}, "minmax") == "minmax";
  Eigen::MatrixXd x_train = rows.x(train, Eigen::all), y_train = y(train);
  Scaler sx(scale ? x_train : Eigen::MatrixXd::Zero(1, x_train.cols()));
  Scaler sy(scale ? y_train : Eigen::MatrixXd::Zero(1, 1));
  if (!scale) sx.span.setOnes(), sy.span.setOnes();
  stats::MlpTrainOptions options;
  options.seed = static_cast<std::uint64_t>(
      int_param_or(call, "seed", static_cast<int>(options.seed), 0, 2147483647));
  options.restarts = int_param_or(call, "restarts", options.restarts, 1, 10000);
  options.bfgs.max_iterations = int_param_or(call, "max_iterations", 1000, 1, 1000000);
  stats::MlpFit fit = stats::train_mlp(a, sx.apply(x_train), sy.apply(y_train), options);
  Eigen::VectorXd predicted = sy.invert(stats::mlp_predict(a, fit.weights, sx.apply(rows.x)));

  Result out;
  out.set("weights", static_cast<double>(stats::weight_count(a)));
  out.set("converged", fit.converged ? 1 : 0);
  out.set("dropped", static_cast<double>(rows.dropped));
  for (auto [name, part] : {std::pair{"train", &train}, std::pair{"test", &test}}) {
    double sse = 0, percent = 0;
    size_t with_percent = 0;  // a percent error needs a non-zero actual value
    for (Eigen::Index i : *part) {
      sse += (y[i] - predicted[i]) * (y[i] - predicted[i]);
      if (y[i] == 0) continue;
      percent += error_percent(y[i], predicted[i]);
      ++with_percent;
    }
    out.set(std::string(name) + "/n", static_cast<double>(part->size()));
    if (part->empty()) continue;
    out.set(std::string(name) + "/sse", sse);
    if (with_percent > 0)
      out.set(std::string(name) + "/mean_error_percent",
              percent / static_cast<double>(with_percent));
  }
  for (size_t i = 0; i < rows.labels.size(); ++i) {
    auto r = static_cast<Eigen::Index>(i);
    if (role[i] == Role::kForecast) {
      out.set("forecast/" + rows.labels[i], predicted[r]);
      continue;
    }
    out.set("rows/" + rows.labels[i] + "/predicted", predicted[r]);
    if (y[r] != 0)
      out.set("rows/" + rows.labels[i] + "/error_percent", error_percent(y[r], predicted[r]));
  }
  return out;
}

}  // namespace qala
