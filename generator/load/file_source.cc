#include "load/file_source.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace qala {
namespace fs = std::filesystem;

bool is_safe_relative_path(const std::string& path) {
  if (path.empty() || path[0] == '/' || path.find('\\') != std::string::npos) return false;
  if (path.find('\0') != std::string::npos) return false;
  std::stringstream parts(path);
  std::string part;
  while (std::getline(parts, part, '/'))
    if (part == "..") return false;
  return true;
}

DiskFileSource::DiskFileSource(std::string root) : root_(std::move(root)) {}

std::string DiskFileSource::display(const std::string& path) const {
  if (root_.empty() || root_ == ".") return path;
  return (fs::path(root_) / path).string();
}

std::optional<std::string> DiskFileSource::read(const std::string& path) const {
  if (!is_safe_relative_path(path)) return std::nullopt;
  std::error_code ec;
  fs::path full = fs::path(root_.empty() ? "." : root_) / path;
  // A symlink may not lead out of the project.
  fs::path real = fs::weakly_canonical(full, ec);
  fs::path real_root = fs::weakly_canonical(fs::path(root_.empty() ? "." : root_), ec);
  auto [root_end, real_it] =
      std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  if (ec || root_end != real_root.end()) return std::nullopt;
  if (!fs::is_regular_file(real, ec)) return std::nullopt;
  std::ifstream in(real, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> DiskFileSource::list(const std::string& dir,
                                              const std::string& suffix) const {
  std::vector<std::string> out;
  std::error_code ec;
  fs::path full = fs::path(root_.empty() ? "." : root_) / dir;
  for (fs::directory_iterator it(full, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!it->is_regular_file(ec) || name.size() < suffix.size()) continue;
    if (name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    out.push_back(dir + "/" + name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> DiskFileSource::list_recursive(const std::string& dir) const {
  std::vector<std::string> out;
  std::error_code ec;
  fs::path base = fs::path(root_.empty() ? "." : root_);
  for (fs::recursive_directory_iterator it(base / dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    // lexically: a link keeps its own name, so read() can refuse it when it leads outside.
    if (it->is_regular_file(ec))
      out.push_back(it->path().lexically_relative(base).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> MemoryFileSource::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> MemoryFileSource::list(const std::string& dir,
                                                const std::string& suffix) const {
  std::vector<std::string> out;
  std::string prefix = dir + "/";
  for (const auto& [path, bytes] : files_) {
    if (path.rfind(prefix, 0) != 0) continue;
    std::string rest = path.substr(prefix.size());
    if (rest.find('/') != std::string::npos || rest.size() < suffix.size()) continue;
    if (rest.compare(rest.size() - suffix.size(), suffix.size(), suffix) == 0) out.push_back(path);
  }
  return out;
}

std::vector<std::string> MemoryFileSource::list_recursive(const std::string& dir) const {
  std::vector<std::string> out;
  for (const auto& [path, bytes] : files_)
    if (path.rfind(dir + "/", 0) == 0) out.push_back(path);
  return out;
}

}  // namespace qala
