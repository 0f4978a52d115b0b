#include "serve/input_watcher.h"

#include <sys/stat.h>

#include <filesystem>
#include <system_error>

namespace qala {
namespace fs = std::filesystem;

std::string input_signature(const std::string& root) {
  std::string signature;
  for (const char* part : {"analyses", "data", "golden", "site", "templates"}) {
    std::error_code ec;
    fs::recursive_directory_iterator it(fs::path(root) / part, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      struct stat st {};
      if (::stat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
      signature += it->path().string();
      signature += '|' + std::to_string(st.st_size) + '|' + std::to_string(st.st_mtim.tv_sec) +
                   '.' + std::to_string(st.st_mtim.tv_nsec) + '\n';
    }
  }
  return signature;
}

}  // namespace qala
