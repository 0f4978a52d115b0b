#include "plan/build_plan.h"

#include <algorithm>
#include <map>

#include "core/error.h"
#include "core/hash.h"
#include "core/suggest.h"

namespace qala {
namespace {

/// Orders a study's analyses so that each comes after those it references; throws on a cycle.
std::vector<const Analysis*> order_analyses(const Study& study) {
  std::vector<std::string> ids;
  for (const auto& a : study.analyses) ids.push_back(a.id);
  for (const auto& a : study.analyses) {
    for (const auto& dep : a.depends_on) {
      if (!study.find_analysis(dep))
        throw InputError(a.where, "analysis '" + a.id + "' refers to '" + dep +
                                      "', which is not an analysis of this study" +
                                      did_you_mean(dep, ids));
    }
  }
  enum class Mark { kNone, kActive, kDone };
  std::map<std::string, Mark> marks;
  std::vector<const Analysis*> order;
  std::vector<std::string> path;
  // Depth-first in declaration order, so the order is stable and readable.
  auto visit = [&](auto&& self, const Analysis& a) -> void {
    Mark& m = marks[a.id];
    if (m == Mark::kDone) return;
    if (m == Mark::kActive) {
      auto from = std::find(path.begin(), path.end(), a.id);
      std::string cycle;
      for (auto it = from; it != path.end(); ++it) cycle += *it + " -> ";
      throw InputError(a.where, "analyses refer to each other in a cycle: " + cycle + a.id);
    }
    m = Mark::kActive;
    path.push_back(a.id);
    for (const auto& dep : a.depends_on) self(self, *study.find_analysis(dep));
    path.pop_back();
    marks[a.id] = Mark::kDone;
    order.push_back(&a);
  };
  for (const auto& a : study.analyses) visit(visit, a);
  return order;
}

}  // namespace

BuildPlan make_plan(const Project& project, const std::vector<std::string>& method_names,
                    const std::string& tool_version) {
  BuildPlan plan;
  for (const auto& study : project.studies) {
    std::map<std::string, size_t> dataset_node, analysis_node;
    for (const auto& d : study.datasets) {
      dataset_node[d.id] = plan.nodes.size();
      plan.nodes.push_back({PlanNode::Kind::kDataset,
                            "dataset:" + study.id + "/" + d.id,
                            content_hash(d.content_hash),
                            {},
                            &study,
                            &d,
                            nullptr,
                            {}});
    }
    std::vector<size_t> analysis_nodes;
    for (const Analysis* a : order_analyses(study)) {
      if (std::find(method_names.begin(), method_names.end(), a->method) == method_names.end())
        throw InputError(a->method_where, "unknown method '" + a->method + "'" +
                                              did_you_mean(a->method, method_names));
      PlanNode node{PlanNode::Kind::kAnalysis,
                    "analysis:" + study.id + "/" + a->id,
                    "",
                    {},
                    &study,
                    nullptr,
                    a,
                    {}};
      std::string entry = a->method + '\0' + a->params.canonical() + '\0' + a->rows.canonical();
      std::string key_input = tool_version + '\0' + entry;
      node.inputs.emplace_back("tool version", content_hash(tool_version));
      node.inputs.emplace_back(study.file + "#" + a->id, content_hash(entry));
      if (!a->dataset.empty()) {
        size_t d = dataset_node.at(a->dataset);
        node.deps.push_back(d);
        key_input += '\0' + plan.nodes[d].key;
        node.inputs.emplace_back(plan.nodes[d].dataset->file, plan.nodes[d].key);
      }
      for (const auto& dep : a->depends_on) {
        size_t n = analysis_node.at(dep);
        node.deps.push_back(n);
        key_input += '\0' + plan.nodes[n].key;
        node.inputs.emplace_back(plan.nodes[n].id, plan.nodes[n].key);
      }
      node.key = content_hash(key_input);
      analysis_node[a->id] = plan.nodes.size();
      analysis_nodes.push_back(plan.nodes.size());
      plan.nodes.push_back(std::move(node));
    }
    PlanNode checks{PlanNode::Kind::kChecks,
                    "checks:" + study.id,
                    "",
                    analysis_nodes,
                    &study,
                    nullptr,
                    nullptr,
                    {}};
    std::string key_input = tool_version + '\0' + study.content_hash;
    checks.inputs.emplace_back("tool version", content_hash(tool_version));
    // The study's hash covers its file and its golden file; the golden file is what checks read.
    checks.inputs.emplace_back(study.golden_file, study.content_hash);
    for (size_t n : analysis_nodes) {
      key_input += '\0' + plan.nodes[n].key;
      checks.inputs.emplace_back(plan.nodes[n].id, plan.nodes[n].key);
    }
    checks.key = content_hash(key_input);
    plan.nodes.push_back(std::move(checks));
  }
  return plan;
}

}  // namespace qala
