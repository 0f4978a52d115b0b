#pragma once
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

#include "stats/bfgs.h"

namespace qala::stats {

/// Activation functions STATISTICA's neural networks offer.
enum class Activation { kIdentity, kLogistic, kTanh, kExp };

/// A fully connected feed-forward network: inputs -> hidden layers -> outputs, every neuron with
/// a bias. The weight vector is laid out as R's nnet: layer by layer, neuron by neuron, each
/// neuron's bias followed by its weights from the previous layer's neurons in order.
struct MlpArchitecture {
  int inputs = 1;
  std::vector<int> hidden;                    // neurons per hidden layer
  std::vector<Activation> hidden_activation;  // one per hidden layer
  int outputs = 1;
  Activation output_activation = Activation::kIdentity;
};

/// Number of weights including biases: sum over layers of (neurons_before + 1) * neurons.
/// "MLP 4-14-1" has (4+1)*14 + (14+1)*1 = 85. Throws MethodError on a layer without neurons.
Eigen::Index weight_count(const MlpArchitecture& a);

/// Network outputs for the rows of `x` (n x inputs) -> n x outputs.
Eigen::MatrixXd mlp_predict(const MlpArchitecture& a, const Eigen::VectorXd& weights,
                            const Eigen::MatrixXd& x);

/// Sum of squared errors over all rows and outputs, and its gradient by back-propagation.
double mlp_sse(const MlpArchitecture& a, const Eigen::VectorXd& weights, const Eigen::MatrixXd& x,
               const Eigen::MatrixXd& y, Eigen::VectorXd* gradient);

struct MlpTrainOptions {
  std::uint64_t seed = 20240101;  // std::mt19937_64, raw output mapped to uniform numbers
  int restarts = 10;              // random starts; the lowest training SSE wins
  double initial_range = 0.5;     // starting weights uniform in [-range, range]
  BfgsOptions bfgs;
};

struct MlpFit {
  Eigen::VectorXd weights;
  double sse = 0;
  int iterations = 0;  // of the winning start
  bool converged = false;
};

/// Trains the network on the sum of squared errors by BFGS from one given start.
MlpFit train_mlp_from(const MlpArchitecture& a, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                      const Eigen::VectorXd& start, const BfgsOptions& options = {});

/// Trains from `restarts` random starts drawn in sequence from one seeded generator and keeps
/// the lowest SSE (the earliest on ties): the same seed gives the same network. Throws
/// MethodError on mismatched sizes or a NaN. More weights than rows is allowed (STATISTICA
/// allows it too); callers report the weight count so a reader can judge.
MlpFit train_mlp(const MlpArchitecture& a, const Eigen::MatrixXd& x, const Eigen::MatrixXd& y,
                 const MlpTrainOptions& options = {});

}  // namespace qala::stats
