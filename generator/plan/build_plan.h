#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"

namespace qala {

/// One unit of work in the build graph. Its key is a content hash of everything it reads, so a
/// later build can tell which nodes must run again and why.
struct PlanNode {
  enum class Kind { kDataset, kAnalysis, kChecks };
  Kind kind;
  std::string id;  // "dataset:<study>/<id>", "analysis:<study>/<id>", "checks:<study>"
  std::string key;
  std::vector<size_t> deps;  // indices of nodes this one reads
  const Study* study = nullptr;
  const Dataset* dataset = nullptr;
  const Analysis* analysis = nullptr;
  /// The named inputs the key was made from, each with its own hash ("data/x.csv", "analyses/
  /// s.yaml#fit" for an analysis's entry, "analysis:s/a" for a result it reads, "tool version"),
  /// so `qala build --explain` can say which input changed.
  std::vector<std::pair<std::string, std::string>> inputs;
};

/// The build graph in an order where every node comes after the nodes it reads.
struct BuildPlan {
  std::vector<PlanNode> nodes;
};

/// Builds the graph of datasets, analyses and checks. Throws InputError for an unknown method
/// (with a "did you mean"), a `{ref:}` to an analysis that does not exist, or a cycle between
/// analyses (naming the cycle).
BuildPlan make_plan(const Project& project, const std::vector<std::string>& method_names,
                    const std::string& tool_version);

}  // namespace qala
