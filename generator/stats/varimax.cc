#include "stats/varimax.h"

#include "core/error.h"
#include "stats/principal_components.h"

namespace qala::stats {

Varimax varimax(const Eigen::MatrixXd& loadings, bool normalize, double eps) {
  const Eigen::Index p = loadings.rows(), k = loadings.cols();
  Varimax out;
  out.rotation = Eigen::MatrixXd::Identity(k, k);
  out.loadings = loadings;
  if (k < 2) return out;
  Eigen::VectorXd scale = Eigen::VectorXd::Ones(p);
  Eigen::MatrixXd x = loadings;
  if (normalize) {
    scale = loadings.rowwise().norm();
    if ((scale.array() == 0).any())
      throw MethodError("varimax: a variable has no loading on any factor");
    x = scale.cwiseInverse().asDiagonal() * loadings;
  }
  double criterion = 0;
  for (int i = 1; i <= 1000; ++i) {
    out.iterations = i;
    Eigen::MatrixXd z = x * out.rotation;
    Eigen::RowVectorXd column_ss = z.array().square().colwise().sum();
    Eigen::MatrixXd target =
        z.array().cube().matrix() - z * (column_ss / static_cast<double>(p)).asDiagonal();
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(x.transpose() * target,
                                          Eigen::ComputeFullU | Eigen::ComputeFullV);
    out.rotation = svd.matrixU() * svd.matrixV().transpose();
    double previous = criterion;
    criterion = svd.singularValues().sum();
    if (criterion < previous * (1 + eps)) break;
  }
  out.loadings = scale.asDiagonal() * (x * out.rotation);
  orient_columns(out.loadings);
  return out;
}

}  // namespace qala::stats
