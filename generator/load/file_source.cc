#include "load/file_source.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/read_file.h"

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

DiskFileSource::DiskFileSource(std::string root)
    : root_(std::move(root)),
      root_fd_(
          new int(::open(root_.empty() ? "." : root_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)),
          [](int* fd) {
            if (*fd >= 0) ::close(*fd);
            delete fd;
          }) {}

std::string DiskFileSource::display(const std::string& path) const {
  if (root_.empty() || root_ == ".") return path;
  return (fs::path(root_) / path).string();
}

namespace {

/// Opens `path` below the folder `dir_fd` with the kernel refusing any step (a "..", an absolute
/// symlink, a symlink leading out) that leaves the folder: one system call instead of resolving
/// each component. -1 with errno ENOSYS on kernels before 5.6.
int open_beneath(int dir_fd, const std::string& path) {
#ifdef SYS_openat2
  struct open_how how {};
  how.flags = O_RDONLY | O_CLOEXEC;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, dir_fd, path.c_str(), &how, sizeof how));
#else
  errno = ENOSYS;
  return -1;
#endif
}

}  // namespace

std::optional<std::string> DiskFileSource::read(const std::string& path) const {
  if (!is_safe_relative_path(path)) return std::nullopt;
  const std::string base = root_.empty() ? "." : root_;
  if (*root_fd_ >= 0) {
    int fd = open_beneath(*root_fd_, path);
    if (fd >= 0) return read_and_close(fd);
    if (errno != ENOSYS) return std::nullopt;
  }
  // Without openat2: resolve both paths and compare, so a symlink may not lead out either.
  std::error_code ec;
  fs::path real = fs::weakly_canonical(fs::path(base) / path, ec);
  fs::path real_root = fs::weakly_canonical(fs::path(base), ec);
  auto [root_end, real_it] =
      std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  if (ec || root_end != real_root.end()) return std::nullopt;
  int fd = ::open(real.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  return read_and_close(fd);
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
