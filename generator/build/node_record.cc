#include "build/node_record.h"

#include <algorithm>

#include "build/cache_codec.h"

namespace qala {
namespace {

constexpr const char* kManifestKind = "manifest";
constexpr const char* kManifestKey = "manifest-2";

/// "template study.html changed", "analyses/s.yaml changed (analysis 'fit')", ...
std::string describe_change(const std::string& name) {
  if (name == "tool version") return "tool version changed";
  if (name.rfind("analysis:", 0) == 0 || name.rfind("checks:", 0) == 0)
    return "the result of " + name + " changed";
  size_t hash = name.find('#');
  if (hash != std::string::npos)
    return name.substr(0, hash) + " changed (analysis '" + name.substr(hash + 1) + "')";
  return name + " changed";
}

}  // namespace

BuildManifest read_manifest(const CacheStore& cache) {
  BuildManifest manifest;
  auto bytes = cache.read(kManifestKind, kManifestKey);
  if (!bytes) return manifest;
  RecordReader r(*bytes);
  long count = 0;
  if (!r.integer(count) || count < 0) return {};
  for (long i = 0; i < count; ++i) {
    std::string id;
    NodeRecord record;
    long inputs = 0;
    if (!r.text(id) || !r.text(record.key) || !r.integer(inputs) || inputs < 0) return {};
    for (long j = 0; j < inputs; ++j) {
      std::string name, hash;
      if (!r.text(name) || !r.text(hash)) return {};
      record.inputs.emplace_back(std::move(name), std::move(hash));
    }
    if (!r.text(record.output)) return {};
    manifest.emplace(std::move(id), std::move(record));
  }
  if (!r.at_end()) return {};
  return manifest;
}

void write_manifest(const CacheStore& cache, const BuildManifest& manifest) {
  RecordWriter w;
  w.integer(static_cast<long>(manifest.size()));
  for (const auto& [id, record] : manifest) {
    w.text(id);
    w.text(record.key);
    w.integer(static_cast<long>(record.inputs.size()));
    for (const auto& [name, hash] : record.inputs) {
      w.text(name);
      w.text(hash);
    }
    w.text(record.output);
  }
  cache.write(kManifestKind, kManifestKey, w.take());
}

std::string why_node_ran(const NodeRecord& now, const NodeRecord* before) {
  if (!before || before->key == now.key) return "no cache entry";
  std::map<std::string, std::string> old(before->inputs.begin(), before->inputs.end());
  std::vector<std::string> reasons;
  for (const auto& [name, hash] : now.inputs) {
    auto it = old.find(name);
    if (it == old.end()) {
      reasons.push_back(name == "tool version" ? "tool version changed" : name + " added");
    } else if (it->second != hash) {
      if (name == "tool version") return "tool version changed";
      reasons.push_back(describe_change(name));
    }
    if (it != old.end()) old.erase(it);
  }
  for (const auto& [name, hash] : old) reasons.push_back(name + " removed");
  if (reasons.empty()) return "what it shows changed";
  std::string out = reasons.front();
  for (size_t i = 1; i < reasons.size(); ++i) out += "; " + reasons[i];
  return out;
}

}  // namespace qala
