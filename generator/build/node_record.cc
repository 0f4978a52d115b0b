#include "build/node_record.h"

#include <algorithm>

#include "build/cache_codec.h"

namespace qala {
namespace {

constexpr const char* kManifestKind = "manifest";
constexpr const char* kManifestKey = "manifest-4";

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

namespace {

bool read_hashes(RecordReader& r, NamedHashes& out) {
  long count = 0;
  if (!r.integer(count) || count < 0) return false;
  out.reserve(static_cast<size_t>(count));
  for (long j = 0; j < count; ++j) {
    std::string name, hash;
    if (!r.text(name) || !r.text(hash)) return false;
    out.emplace_back(std::move(name), std::move(hash));
  }
  return true;
}

void write_hashes(RecordWriter& w, const NamedHashes& hashes) {
  w.integer(static_cast<long>(hashes.size()));
  for (const auto& [name, hash] : hashes) {
    w.text(name);
    w.text(hash);
  }
}

}  // namespace

// The manifest: the shared input lists, each once; then per node its id, key, own inputs, the
// numbers of its shared lists, its output and its input key.
BuildManifest read_manifest(const CacheStore& cache) {
  BuildManifest manifest;
  auto bytes = cache.read(kManifestKind, kManifestKey);
  if (!bytes) return manifest;
  RecordReader r(*bytes);
  long lists = 0;
  if (!r.integer(lists) || lists < 0) return {};
  std::vector<std::shared_ptr<const NamedHashes>> shared;
  for (long i = 0; i < lists; ++i) {
    NamedHashes list;
    if (!read_hashes(r, list)) return {};
    shared.push_back(std::make_shared<const NamedHashes>(std::move(list)));
  }
  long count = 0;
  if (!r.integer(count) || count < 0) return {};
  for (long i = 0; i < count; ++i) {
    std::string id;
    NodeRecord record;
    long used = 0;
    if (!r.text(id) || !r.text(record.key) || !read_hashes(r, record.inputs) || !r.integer(used) ||
        used < 0 || used > lists)
      return {};
    for (long j = 0; j < used; ++j) {
      long list = 0;
      if (!r.integer(list) || list < 0 || list >= lists) return {};
      record.shared_inputs.push_back(shared[static_cast<size_t>(list)]);
    }
    if (!r.text(record.output) || !r.text(record.input_key)) return {};
    manifest.emplace(std::move(id), std::move(record));
  }
  if (!r.at_end()) return {};
  return manifest;
}

void write_manifest(const CacheStore& cache, const BuildManifest& manifest) {
  std::map<const NamedHashes*, long> list_number;
  std::vector<const NamedHashes*> lists;
  for (const auto& [id, record] : manifest)
    for (const auto& list : record.shared_inputs)
      if (list_number.emplace(list.get(), static_cast<long>(lists.size())).second)
        lists.push_back(list.get());
  RecordWriter w;
  w.integer(static_cast<long>(lists.size()));
  for (const NamedHashes* list : lists) write_hashes(w, *list);
  w.integer(static_cast<long>(manifest.size()));
  for (const auto& [id, record] : manifest) {
    w.text(id);
    w.text(record.key);
    write_hashes(w, record.inputs);
    w.integer(static_cast<long>(record.shared_inputs.size()));
    for (const auto& list : record.shared_inputs) w.integer(list_number.at(list.get()));
    w.text(record.output);
    w.text(record.input_key);
  }
  cache.write(kManifestKind, kManifestKey, w.take());
}

std::string why_node_ran(const NodeRecord& now, const NodeRecord* before) {
  if (!before || before->key == now.key) return "no cache entry";
  std::map<std::string, std::string> old(before->inputs.begin(), before->inputs.end());
  for (const auto& list : before->shared_inputs) old.insert(list->begin(), list->end());
  NamedHashes inputs = now.inputs;
  for (const auto& list : now.shared_inputs)
    inputs.insert(inputs.end(), list->begin(), list->end());
  std::vector<std::string> reasons;
  for (const auto& [name, hash] : inputs) {
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
