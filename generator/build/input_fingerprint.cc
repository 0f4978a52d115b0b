#include "build/input_fingerprint.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include "build/view_key.h"

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
  std::string bytes;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    hash.add_framed(file.lexically_relative(root).generic_string());
    hash.add_framed(bytes);
  }
  return hash.hex();
}

}  // namespace qala
