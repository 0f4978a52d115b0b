#include <catch2/catch.hpp>

#include <cmath>

#include "core/error.h"
#include "stats/bfgs.h"
#include "stats/mlp.h"

using namespace qala;
using namespace qala::stats;

namespace {

// Data and expected values: tests/reference/multivariate_reference.R (R 4.2.2).
Eigen::MatrixXd sx() {
  Eigen::MatrixXd x(30, 1);
  x << -0.89, -2, 0.04, -1.94, -1.74, 1.82, -1.65, -0.84, 1.52, -1.51, -1.3, -0.24, 1.63, 1.4, 0.94,
      0.29, -0.07, -0.68, -1.37, -0.08, -1.19, 0.72, -0.54, -0.6, -1.75, -0.07, -0.4, -1.94, -1.5,
      -0.41;
  return x;
}

Eigen::MatrixXd sy() {
  Eigen::MatrixXd y(30, 1);
  y << -0.677, 0.673, 0.097, 0.519, 0.105, 1.66, -0.024, -0.698, 1.63, -0.236, -0.486, -0.299,
      1.612, 1.546, 1.156, 0.338, -0.136, -0.601, -0.494, -0.145, -0.551, 0.951, -0.481, -0.626,
      0.139, -0.171, -0.448, 0.593, -0.298, -0.413;
  return y;
}

MlpArchitecture one_three_one() {
  MlpArchitecture a;
  a.inputs = 1;
  a.hidden = {3};
  a.hidden_activation = {Activation::kLogistic};
  return a;
}

double rosenbrock(const Eigen::VectorXd& x, Eigen::VectorXd& g) {
  double a = x[1] - x[0] * x[0], b = 1 - x[0];
  g[0] = -400 * x[0] * a - 2 * b;
  g[1] = 200 * a;
  return 100 * a * a + b * b;
}

}  // namespace

TEST_CASE("BFGS finds the Rosenbrock minimum from (-1.2, 1) as R's optim(method = \"BFGS\")",
          "[stats]") {
  Eigen::VectorXd x0(2);
  x0 << -1.2, 1;
  BfgsResult r = bfgs(rosenbrock, x0);
  // R optim(c(-1.2, 1), fr, grr, method = "BFGS", reltol = 1e-14): par 1 1, value 4.9e-32; the
  // exact minimum is f(1, 1) = 0.
  CHECK(r.converged);
  CHECK(r.x[0] == Approx(1).epsilon(1e-8));
  CHECK(r.x[1] == Approx(1).epsilon(1e-8));
  CHECK(r.value < 1e-16);
}

TEST_CASE("BFGS minimises a quadratic with a known minimum exactly", "[stats]") {
  // f = sum w_i (x_i - c_i)^2, minimum at c: an analytic result, no tool needed.
  Objective f = [](const Eigen::VectorXd& x, Eigen::VectorXd& g) {
    Eigen::Array3d w(1, 10, 100), c(1, -2, 3);
    g = (2 * w * (x.array() - c)).matrix();
    return (w * (x.array() - c).square()).sum();
  };
  BfgsResult r = bfgs(f, Eigen::Vector3d(0, 0, 0));
  CHECK(r.x[0] == Approx(1).epsilon(1e-9));
  CHECK(r.x[1] == Approx(-2).epsilon(1e-9));
  CHECK(r.x[2] == Approx(3).epsilon(1e-9));
}

TEST_CASE("MLP weight counts include every bias; which net has paper 000's 84 weights", "[stats]") {
  MlpArchitecture a;
  a.inputs = 4;
  a.hidden = {14};
  a.hidden_activation = {Activation::kTanh};
  CHECK(weight_count(a) == 85);  // (4+1)*14 + (14+1)*1
  a.inputs = 3;
  CHECK(weight_count(a) == 71);  // "MLP 3-14-1": (3+1)*14 + 15
  // A single-hidden-layer net with one output has (inputs + 2) * hidden + 1 weights, so 84 would
  // need (inputs + 2) * hidden = 83, a prime: only 81-1-1. Paper 000's "84 weight coefficients"
  // for its 4-input cluster-1 model therefore fit 4-14-1 without the output bias (85 - 1), or
  // 5-14-1 / 6-12-1 / 3-21-1 counted without any biases.
  int single_layer_84 = 0;
  for (int in = 1; in <= 100; ++in)
    for (int h = 1; h <= 100; ++h) {
      MlpArchitecture b;
      b.inputs = in;
      b.hidden = {h};
      b.hidden_activation = {Activation::kTanh};
      if (weight_count(b) == 84) ++single_layer_84;
    }
  CHECK(single_layer_84 == 1);
  // Of the two-hidden-layer 4-a-b-1 nets (5a + (a + 1)b + b + 1 weights) only 4-1-26-1 has 84.
  int two_layer_84 = 0;
  for (int h1 = 1; h1 <= 84; ++h1)
    for (int h2 = 1; h2 <= 84; ++h2) {
      MlpArchitecture two;
      two.inputs = 4;
      two.hidden = {h1, h2};
      two.hidden_activation = {Activation::kTanh, Activation::kTanh};
      if (weight_count(two) == 84) ++two_layer_84;
    }
  CHECK(two_layer_84 == 1);
}

TEST_CASE("MLP gradient agrees with central finite differences", "[stats]") {
  MlpArchitecture a;
  a.inputs = 2;
  a.hidden = {3, 2};
  a.hidden_activation = {Activation::kTanh, Activation::kLogistic};
  a.outputs = 2;
  a.output_activation = Activation::kExp;
  Eigen::MatrixXd x(4, 2), y(4, 2);
  x << 0.1, 0.5, -0.3, 0.2, 0.7, -0.4, 0.0, 0.9;
  y << 1.2, 0.8, 0.9, 1.1, 1.5, 0.7, 1.0, 1.3;
  Eigen::VectorXd w = Eigen::VectorXd::LinSpaced(weight_count(a), -0.8, 0.7);
  Eigen::VectorXd g(w.size());
  mlp_sse(a, w, x, y, &g);
  for (Eigen::Index i = 0; i < w.size(); ++i) {
    Eigen::VectorXd up = w, down = w;
    up[i] += 1e-6;
    down[i] -= 1e-6;
    double numeric = (mlp_sse(a, up, x, y, nullptr) - mlp_sse(a, down, x, y, nullptr)) / 2e-6;
    CHECK(g[i] == Approx(numeric).epsilon(1e-6).margin(1e-8));
  }
}

TEST_CASE("MLP 1-3-1 trained by BFGS gets at least as low an SSE as R's nnet()", "[stats]") {
  // Sums of squares of small nets have long flat valleys where weights drift off to infinity:
  // nnet and this BFGS, with different line searches, leave the same start along different
  // paths. What can be compared is the error reached.
  Eigen::VectorXd w0(10);
  w0 << 0.1, 0.4, -0.2, -0.3, 0.5, 0.2, 0.05, -0.6, 0.3, 0.3;
  MlpFit from_w0 = train_mlp_from(one_three_one(), sx(), sy(), w0);
  // R nnet(x, y, size = 3, linout = TRUE, Wts = w0, reltol = 1e-14)$value
  CHECK(from_w0.sse < 0.0320386897991062 * 1.001);
  // Starting where nnet stopped (R nnet()$wts), BFGS must not end higher than nnet did.
  Eigen::VectorXd nnet_end(10);
  nnet_end << 6.63369329714515, -2.62663599372908, 5.1110214389749, 2.58271477175379,
      -0.59676159855556, 1.6872537681275, 0.982779359498083, 1.39167869193171, -3.60808175426013,
      3.33741174951651;
  CHECK(mlp_sse(one_three_one(), nnet_end, sx(), sy(), nullptr) == Approx(0.0320386897991062));
  CHECK(train_mlp_from(one_three_one(), sx(), sy(), nnet_end).sse <= 0.0320386897991062);
  // R: the best nnet value over 50 random starts (set.seed(1)) is 0.0301274118587724; ten
  // seeded starts here reach lower.
  MlpTrainOptions o;
  o.initial_range = 0.7;
  CHECK(train_mlp(one_three_one(), sx(), sy(), o).sse <= 0.0301274118587724);
}

TEST_CASE("MLP training with restarts is deterministic for a seed", "[stats]") {
  MlpTrainOptions o;
  o.restarts = 3;
  MlpFit a = train_mlp(one_three_one(), sx(), sy(), o);
  MlpFit b = train_mlp(one_three_one(), sx(), sy(), o);
  CHECK(a.weights == b.weights);
  CHECK(a.sse == b.sse);
  CHECK(a.sse <= 0.0320386897991062);  // R nnet() from the start above
  CHECK_THROWS_AS(train_mlp(one_three_one(), Eigen::MatrixXd::Zero(30, 2), sy()), MethodError);
  Eigen::MatrixXd bad = sy();
  bad(3, 0) = std::nan("");
  CHECK_THROWS_AS(train_mlp(one_three_one(), sx(), bad), MethodError);
}
