#include <string>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "stats/breusch_pagan.h"
#include "stats/vif.h"

namespace qala {

Result run_breusch_pagan(const MethodCall& call) {
  NamedColumn y = column_of(call, "y");
  std::vector<NamedColumn> xs = column_list_of(call, "x");
  std::vector<NamedColumn> zs;
  if (call.params.find("z")) zs = column_list_of(call, "z");
  auto variant = stats::BreuschPaganVariant::kKoenker;
  if (const Value* v = call.params.find("variant")) {
    if (v->text() == "original")
      variant = stats::BreuschPaganVariant::kOriginal;
    else if (v->text() != "koenker")
      throw InputError(v->where(), "expected variant koenker or original" +
                                       did_you_mean(v->text(), {"koenker", "original"}));
  }
  std::vector<NamedColumn> columns{y};
  columns.insert(columns.end(), xs.begin(), xs.end());
  columns.insert(columns.end(), zs.begin(), zs.end());
  Eigen::MatrixXd data = complete_rows(call, columns);
  const auto k = static_cast<Eigen::Index>(xs.size());
  std::vector<std::string> names;
  for (const auto& x : xs) names.push_back(x.name);
  Eigen::MatrixXd z = data.rightCols(static_cast<Eigen::Index>(zs.size()));
  stats::BreuschPagan bp =
      stats::breusch_pagan(data.middleCols(1, k), data.col(0), names, variant, z);
  Result r;
  r.set("statistic", bp.statistic);
  r.set("df", bp.df);
  r.set("p", bp.p);
  r.set("observations", static_cast<double>(data.rows()));
  return r;
}

Result run_vif(const MethodCall& call) {
  std::vector<NamedColumn> xs = column_list_of(call, "x");
  Eigen::MatrixXd data = complete_rows(call, xs);
  std::vector<std::string> names;
  for (const auto& x : xs) names.push_back(x.name);
  Eigen::VectorXd vif = stats::variance_inflation_factors(data, names);
  Result r;
  for (size_t j = 0; j < names.size(); ++j)
    r.set("vif/" + names[j], vif(static_cast<Eigen::Index>(j)));
  r.set("observations", static_cast<double>(data.rows()));
  return r;
}

}  // namespace qala
