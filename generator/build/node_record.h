#pragma once
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "build/cache_store.h"

namespace qala {

/// Named inputs of a node: name -> hash of that input.
using NamedHashes = std::vector<std::pair<std::string, std::string>>;

/// A node as the build saw it: its key and the named inputs the key was made from.
struct NodeRecord {
  std::string key;
  NamedHashes inputs;
  std::string output;  // pages: content hash of the bytes written, to find them again
  /// A study's own page: a hash of everything its view can show (PageSpec::own_study), which
  /// lets the next build keep the page without building the view when it is the same.
  std::string input_key = {};
  /// More inputs, in lists other nodes have too (a template with its partials, the strings and
  /// the tool, which every page using that template reads; the files of every study, which each
  /// language's home and report pages show): each list held, and written to the manifest, once.
  std::vector<std::shared_ptr<const NamedHashes>> shared_inputs = {};
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
