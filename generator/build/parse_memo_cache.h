#pragma once
#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "build/cache_store.h"
#include "load/parse_memo.h"

namespace qala {

/// The loader's ParseMemo kept in the build cache (the "yaml" pack): each tree under a hash of
/// the tool's identity, the file's name and its bytes, so a new tool or any edit parses again.
/// Trees the build did not ask for are dropped when the cache is saved.
class CachedParseMemo : public ParseMemo {
 public:
  CachedParseMemo(const CacheStore& cache, std::string identity);

  std::optional<Value> find(const std::string& file, const std::string& bytes) const override;
  void keep(const std::string& file, const std::string& bytes, const Value& tree) const override;
  /// Hands the trees kept so far to the cache, in one go: the loader's threads then never wait
  /// on the cache's lock for them.
  void flush() const;
  /// How many trees came from the cache, and how many files were parsed, so far.
  long found() const { return found_; }
  long parsed() const { return parsed_; }

 private:
  std::string key(const std::string& file, const std::string& bytes) const;

  const CacheStore& cache_;
  std::string identity_;
  bool cache_has_trees_;  // a first build asks the cache for none
  mutable std::atomic<long> found_ = 0;
  mutable std::atomic<long> parsed_ = 0;
  mutable std::mutex kept_mutex_;
  mutable std::vector<std::pair<std::string, std::string>> kept_;  // key, encoded tree
};

}  // namespace qala
