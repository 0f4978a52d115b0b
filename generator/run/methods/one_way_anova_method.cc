#include <map>
#include <string>

#include "core/error.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "stats/one_way_anova.h"

namespace qala {

Result run_one_way_anova(const MethodCall& call) {
  NamedColumn y = column_of(call, "y");
  std::vector<size_t> kept;
  Eigen::MatrixXd data = complete_rows(call, {y}, &kept);
  const Value* group = call.params.find("group");
  if (!group) throw InputError(call.where, "missing required parameter 'group'");
  std::vector<std::string> keys = group_keys(call, *group, kept);
  // Groups in order of first appearance, so the result does not depend on key spelling.
  std::vector<std::string> order;
  std::map<std::string, std::vector<double>> members;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!members.count(keys[i])) order.push_back(keys[i]);
    members[keys[i]].push_back(data(static_cast<Eigen::Index>(i), 0));
  }
  std::vector<Eigen::VectorXd> groups;
  for (const auto& key : order)
    groups.push_back(Eigen::Map<const Eigen::VectorXd>(
        members[key].data(), static_cast<Eigen::Index>(members[key].size())));
  stats::OneWayAnova a = stats::one_way_anova(groups);
  Result r;
  r.set("between/df", a.between.df);
  r.set("between/ss", a.between.ss);
  r.set("between/ms", a.between.ms);
  r.set("within/df", a.within.df);
  r.set("within/ss", a.within.ss);
  r.set("within/ms", a.within.ms);
  r.set("f", a.f);
  r.set("p", a.p);
  r.set("r2", a.r2);
  r.set("residual_sd", a.residual_sd);
  r.set("groups", static_cast<double>(groups.size()));
  r.set("observations", static_cast<double>(data.rows()));
  return r;
}

}  // namespace qala
