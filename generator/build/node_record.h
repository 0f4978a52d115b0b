#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "build/cache_store.h"

namespace qala {

/// A node as the build saw it: its key and the named inputs the key was made from.
struct NodeRecord {
  std::string key;
  std::vector<std::pair<std::string, std::string>> inputs;  // name -> hash of that input
  std::string output;  // pages: content hash of the bytes written, to find them again
};

/// Every node of the last successful build, by node id ("analysis:s/a", "page:en/index.html").
using BuildManifest = std::map<std::string, NodeRecord>;

/// The manifest of the last build in `cache` (empty when there is none or it is damaged).
BuildManifest read_manifest(const CacheStore& cache);
void write_manifest(const CacheStore& cache, const BuildManifest& manifest);

/// Why a node had to run: the inputs whose hashes differ from the last build ("data/x.csv
/// changed", "template study.html changed", "site/i18n/ru.yaml changed", "tool version
/// changed"), or "no cache entry" when there was no entry for its key (first build, deleted
/// or damaged cache).
std::string why_node_ran(const NodeRecord& now, const NodeRecord* before);

/// One node that ran in a build, with the reason.
struct RanNode {
  std::string id;
  std::string why;
};

}  // namespace qala
