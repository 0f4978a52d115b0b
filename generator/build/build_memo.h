#pragma once
#include <optional>
#include <string>

#include "build/cache_store.h"

namespace qala {

/// What a whole `qala build` printed and returned, remembered per output folder: when no input
/// changed (same input_fingerprint) and the output folder is still the one that build wrote
/// (same inode and modification time), the next build only repeats the message. A deleted or
/// replaced output folder, any input edit, or `--no-cache` builds again.
struct BuildMemo {
  std::string fingerprint;
  std::string out_stamp;  // out_dir_stamp() right after the build wrote the folder
  int exit_code = 0;
  std::string printed;  // standard output of that build
  long nodes = 0;       // how many nodes it had, for --explain
};

/// "<inode>:<mtime>" of the folder, or "" when it does not exist.
std::string out_dir_stamp(const std::string& out_dir);

std::optional<BuildMemo> read_build_memo(const CacheStore& cache, const std::string& out_dir);
void write_build_memo(const CacheStore& cache, const std::string& out_dir, const BuildMemo& memo);

}  // namespace qala
