#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace qala {

/// The build cache: entries by kind ("result", "checks", "manifest", "state") and key, one pack
/// file per kind, `<dir>/<kind>.pack`, read whole on the kind's first use. Writes are kept in
/// memory until save(), which writes each changed pack to a temporary sibling and renames it into
/// place, so a build killed at any moment leaves the old pack or the new one. Every entry carries
/// its length and a hash of its payload; an entry that fails those checks is read as missing (and
/// written again), a damaged pack as empty. A pack the build used keeps what it read or wrote, so
/// the cache does not grow with every edit (a build into another output folder drops the other
/// folder's no-op memo). Deleting the folder only makes the next build slower. Safe to use from
/// several threads; two processes saving at once leave one's packs.
class CacheStore {
 public:
  /// A store in `dir`; an empty `dir` gives a store that never hits and never writes.
  explicit CacheStore(std::string dir);

  std::optional<std::string> read(std::string_view kind, std::string_view key) const;
  void write(std::string_view kind, std::string_view key, std::string payload) const;
  /// True when the pack of `kind` holds nothing (a first build, or a cache deleted).
  bool empty(std::string_view kind) const;
  /// Writes the packs that changed. Best effort: a cache that cannot be written only makes
  /// later builds slower.
  void save() const;

  const std::string& dir() const { return dir_; }
  bool enabled() const { return !dir_.empty(); }

 private:
  struct Pack {
    std::map<std::string, std::string, std::less<>> entries;  // key -> framed payload
    std::set<std::string, std::less<>> used;                  // read or written by this store
    bool changed = false;
  };
  struct Packs {
    std::mutex mutex;
    std::map<std::string, Pack, std::less<>> by_kind;
  };
  Pack& pack(std::string_view kind) const;  // loaded on first use; the caller holds the mutex
  std::string dir_;
  std::unique_ptr<Packs> packs_ = std::make_unique<Packs>();
};

/// `<root>/.qala-cache`.
std::string default_cache_dir(const std::string& project_root);

/// Where builds into `out_dir` keep the site their output replaced, for the next one to reuse
/// (OutputTree's spare): a folder in the cache, one per output folder.
std::string spare_site_dir(const std::string& cache_dir, const std::string& out_dir);

/// Removes the kept sites of output folders other than the one `keep` (a spare_site_dir) belongs
/// to, except the most recently modified one: a project built into many folders (say one per
/// release) keeps at most two copies of its site in the cache, not one per folder. Never throws;
/// a folder another build is using is left alone.
void prune_spare_sites(const std::string& cache_dir, const std::string& keep);

}  // namespace qala
