#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace qala {

/// The build cache: entries by kind ("result", "checks", "page") and content key, in
/// `<dir>/<kind>/<key[0..1]>/<key>`. Each entry is written to a temporary sibling and renamed
/// into place, and carries its length and a hash of its payload, so a build killed while
/// writing leaves either no entry or a whole one; an entry that fails those checks is ignored
/// (read as missing) and written again. Deleting the folder only makes the next build slower.
/// Safe to use from several threads and several processes at once.
class CacheStore {
 public:
  /// A store in `dir`; an empty `dir` gives a store that never hits and never writes.
  explicit CacheStore(std::string dir);

  std::optional<std::string> read(std::string_view kind, std::string_view key) const;
  /// Best effort: a cache that cannot be written only makes later builds slower.
  void write(std::string_view kind, std::string_view key, std::string_view payload) const;

  const std::string& dir() const { return dir_; }
  bool enabled() const { return !dir_.empty(); }

 private:
  std::string path_of(std::string_view kind, std::string_view key) const;
  std::string dir_;
};

/// `<root>/.qala-cache`.
std::string default_cache_dir(const std::string& project_root);

}  // namespace qala
