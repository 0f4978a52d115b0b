#include "build/parse_memo_cache.h"

#include "build/cache_codec.h"
#include "core/hash.h"

namespace qala {

namespace {
constexpr std::string_view kPack = "yaml";
}

CachedParseMemo::CachedParseMemo(const CacheStore& cache, std::string identity)
    : cache_(cache), identity_(std::move(identity)), cache_has_trees_(!cache.empty(kPack)) {}

std::string CachedParseMemo::key(const std::string& file, const std::string& bytes) const {
  ContentHasher h;
  h.add_framed(identity_);
  h.add_framed(file);
  h.add_framed(bytes);
  return h.hex();
}

std::optional<Value> CachedParseMemo::find(const std::string& file,
                                           const std::string& bytes) const {
  if (!cache_has_trees_) return std::nullopt;
  auto payload = cache_.read(kPack, key(file, bytes));
  if (!payload) return std::nullopt;
  auto tree = decode_value(*payload, file);
  if (tree) ++found_;
  return tree;
}

void CachedParseMemo::keep(const std::string& file, const std::string& bytes,
                           const Value& tree) const {
  ++parsed_;
  std::pair<std::string, std::string> entry(key(file, bytes), encode_value(tree));
  std::lock_guard<std::mutex> lock(kept_mutex_);
  kept_.push_back(std::move(entry));
}

void CachedParseMemo::flush() const {
  std::lock_guard<std::mutex> lock(kept_mutex_);
  for (auto& [key, tree] : kept_) cache_.write(kPack, key, std::move(tree));
  kept_.clear();
}

}  // namespace qala
