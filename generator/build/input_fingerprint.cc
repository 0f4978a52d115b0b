#include "build/input_fingerprint.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "core/hash.h"

namespace qala {
namespace fs = std::filesystem;

std::string input_fingerprint(const std::string& root, const std::string& identity) {
  std::vector<fs::path> files;
  for (const char* part : {"analyses", "data", "golden", "site", "templates"}) {
    std::error_code ec;
    fs::recursive_directory_iterator it(fs::path(root) / part, ec), end;
    for (; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  ContentHasher hash;
  hash.add_framed(identity);
  for (const auto& file : files) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) continue;
    hash.add_framed(file.lexically_relative(root).generic_string());
    // What make and ninja trust: a file whose bytes change gets a new modification time (in
    // nanoseconds), and one replaced by a rename a new inode.
    for (long long field :
         {static_cast<long long>(info.st_size), static_cast<long long>(info.st_mtim.tv_sec),
          static_cast<long long>(info.st_mtim.tv_nsec), static_cast<long long>(info.st_ino)})
      hash.add_framed(std::to_string(field));
  }
  return hash.hex();
}

}  // namespace qala
