#include "build/build_memo.h"

#include <sys/stat.h>

#include <filesystem>

#include "build/cache_codec.h"
#include "core/hash.h"

namespace qala {
namespace {

std::string memo_key(const std::string& out_dir) {
  std::string absolute = std::filesystem::absolute(out_dir).lexically_normal().string();
  return "build-" + content_hash(absolute);
}

}  // namespace

std::string out_dir_stamp(const std::string& out_dir) {
  struct stat st {};
  if (::stat(out_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) return "";
  return std::to_string(st.st_ino) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

std::optional<BuildMemo> read_build_memo(const CacheStore& cache, const std::string& out_dir) {
  auto bytes = cache.read("state", memo_key(out_dir));
  if (!bytes) return std::nullopt;
  RecordReader r(*bytes);
  BuildMemo memo;
  long code = 0;
  if (!r.text(memo.fingerprint) || !r.text(memo.out_stamp) || !r.integer(code) ||
      !r.text(memo.printed) || !r.integer(memo.nodes) || !r.at_end())
    return std::nullopt;
  memo.exit_code = static_cast<int>(code);
  return memo;
}

void write_build_memo(const CacheStore& cache, const std::string& out_dir, const BuildMemo& memo) {
  RecordWriter w;
  w.text(memo.fingerprint);
  w.text(memo.out_stamp);
  w.integer(memo.exit_code);
  w.text(memo.printed);
  w.integer(memo.nodes);
  cache.write("state", memo_key(out_dir), w.take());
}

}  // namespace qala
