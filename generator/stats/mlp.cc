#include "stats/mlp.h"

#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "core/error.h"

namespace qala::stats {
namespace {

std::vector<int> layer_sizes(const MlpArchitecture& a) {
  if (a.hidden.size() != a.hidden_activation.size())
    throw MethodError("MLP: one activation per hidden layer expected");
  std::vector<int> sizes{a.inputs};
  sizes.insert(sizes.end(), a.hidden.begin(), a.hidden.end());
  sizes.push_back(a.outputs);
  for (int s : sizes)
    if (s < 1) throw MethodError("MLP: every layer needs at least one neuron");
  return sizes;
}

Activation activation_of(const MlpArchitecture& a, size_t layer) {
  return layer < a.hidden.size() ? a.hidden_activation[layer] : a.output_activation;
}

Eigen::ArrayXXd activate(Activation f, const Eigen::ArrayXXd& z) {
  switch (f) {
    case Activation::kIdentity:
      return z;
    case Activation::kLogistic:
      return 1 / (1 + (-z).exp());
    case Activation::kTanh:
      return z.tanh();
    case Activation::kExp:
      return z.exp();
  }
  return z;
}

/// Derivative of the activation written in terms of its output `out`.
Eigen::ArrayXXd derivative(Activation f, const Eigen::ArrayXXd& out) {
  switch (f) {
    case Activation::kIdentity:
      return Eigen::ArrayXXd::Ones(out.rows(), out.cols());
    case Activation::kLogistic:
      return out * (1 - out);
    case Activation::kTanh:
      return 1 - out.square();
    case Activation::kExp:
      return out;
  }
  return out;
}

/// Layer l's weights as a matrix: row = neuron, column 0 = bias, then one per input neuron.
Eigen::Map<const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> layer(
    const Eigen::VectorXd& w, Eigen::Index offset, int neurons, int inputs) {
  return {w.data() + offset, neurons, inputs + 1};
}

void check_data(const MlpArchitecture& a, const Eigen::MatrixXd& x) {
  if (x.cols() != a.inputs)
    throw MethodError("MLP: " + std::to_string(x.cols()) + " input columns for a network with " +
                      std::to_string(a.inputs) + " inputs");
  if (!x.allFinite()) throw MethodError("MLP: an input is missing or not finite");
}

}  // namespace

Eigen::Index weight_count(const MlpArchitecture& a) {
  std::vector<int> sizes = layer_sizes(a);
  Eigen::Index count = 0;
  for (size_t l = 1; l < sizes.size(); ++l) count += Eigen::Index{sizes[l - 1] + 1} * sizes[l];
  return count;
}

Eigen::MatrixXd mlp_predict(const MlpArchitecture& a, const Eigen::VectorXd& w,
                            const Eigen::MatrixXd& x) {
  std::vector<int> sizes = layer_sizes(a);
  check_data(a, x);
  if (w.size() != weight_count(a)) throw MethodError("MLP: wrong number of weights");
  Eigen::MatrixXd out = x;
  Eigen::Index offset = 0;
  for (size_t l = 1; l < sizes.size(); ++l) {
    auto m = layer(w, offset, sizes[l], sizes[l - 1]);
    Eigen::MatrixXd z =
        (out * m.rightCols(sizes[l - 1]).transpose()).rowwise() + m.col(0).transpose();
    out = activate(activation_of(a, l - 1), z.array()).matrix();
    offset += m.size();
  }
  return out;
}

double mlp_sse(const MlpArchitecture& a, const Eigen::VectorXd& w, const Eigen::MatrixXd& x,
               const Eigen::MatrixXd& y, Eigen::VectorXd* gradient) {
  std::vector<int> sizes = layer_sizes(a);
  check_data(a, x);
  if (y.rows() != x.rows() || y.cols() != a.outputs)
    throw MethodError("MLP: targets do not match the inputs or the output layer");
  if (w.size() != weight_count(a)) throw MethodError("MLP: wrong number of weights");
  // Forward pass, keeping every layer's output for the backward pass.
  std::vector<Eigen::MatrixXd> outs{x};
  std::vector<Eigen::Index> offsets;
  Eigen::Index offset = 0;
  for (size_t l = 1; l < sizes.size(); ++l) {
    auto m = layer(w, offset, sizes[l], sizes[l - 1]);
    Eigen::MatrixXd z =
        (outs.back() * m.rightCols(sizes[l - 1]).transpose()).rowwise() + m.col(0).transpose();
    outs.push_back(activate(activation_of(a, l - 1), z.array()).matrix());
    offsets.push_back(offset);
    offset += m.size();
  }
  Eigen::MatrixXd residual = outs.back() - y;
  double sse = residual.squaredNorm();
  if (!gradient) return sse;
  gradient->setZero(w.size());
  // delta: d SSE / d z for the current layer, one row per observation.
  Eigen::MatrixXd delta =
      2 * residual.array() * derivative(a.output_activation, outs.back().array());
  for (size_t l = sizes.size() - 1; l >= 1; --l) {
    const Eigen::MatrixXd& input = outs[l - 1];
    Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>> g(
        gradient->data() + offsets[l - 1], sizes[l], sizes[l - 1] + 1);
    g.col(0) = delta.colwise().sum().transpose();
    g.rightCols(sizes[l - 1]) = delta.transpose() * input;
    if (l == 1) break;
    auto m = layer(w, offsets[l - 1], sizes[l], sizes[l - 1]);
    Eigen::MatrixXd back = delta * m.rightCols(sizes[l - 1]);
    delta = back.array() * derivative(activation_of(a, l - 2), input.array());
  }
  return sse;
}

MlpFit train_mlp_from(const MlpArchitecture& a, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                      const Eigen::VectorXd& start, const BfgsOptions& options) {
  if (!y.allFinite()) throw MethodError("MLP: a target is missing or not finite");
  Objective f = [&](const Eigen::VectorXd& w, Eigen::VectorXd& g) {
    return mlp_sse(a, w, x, y, &g);
  };
  BfgsResult r = bfgs(f, start, options);
  return MlpFit{r.x, r.value, r.iterations, r.converged};
}

MlpFit train_mlp(const MlpArchitecture& a, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                 const MlpTrainOptions& options) {
  if (options.restarts < 1) throw MethodError("MLP training needs at least one start");
  std::mt19937_64 rng(options.seed);
  const Eigen::Index n = weight_count(a);
  MlpFit best;
  best.sse = std::numeric_limits<double>::infinity();
  for (int r = 0; r < options.restarts; ++r) {
    Eigen::VectorXd start(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      double u = static_cast<double>(rng() >> 11) * 0x1.0p-53;  // portable uniform [0, 1)
      start[i] = (2 * u - 1) * options.initial_range;
    }
    MlpFit fit = train_mlp_from(a, x, y, start, options.bfgs);
    if (fit.sse < best.sse) best = std::move(fit);
  }
  return best;
}

}  // namespace qala::stats
