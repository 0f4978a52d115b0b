#include "write/atomic_output.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace qala {
namespace fs = std::filesystem;
namespace {

void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

/// A sibling of `target` no other build uses: "<target>.tmp-<pid>".
fs::path sibling(const fs::path& target, const char* tag) {
  return target.parent_path() / (target.filename().string() + tag + std::to_string(::getpid()));
}

/// True when a build with process id `pid` may still be running, so its temporary tree must
/// be left alone.
bool may_be_running(const std::string& pid_text) {
  if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos)
    return false;
  pid_t pid = static_cast<pid_t>(std::stol(pid_text));
  return pid > 0 && (::kill(pid, 0) == 0 || errno != ESRCH);
}

/// Removes the temporary siblings ("<target>.new-<pid>", "<target>.old-<pid>",
/// "<target>.tmp-<pid>") that a build killed before its swap or cleanup left behind.
void remove_stale_siblings(const fs::path& target) {
  std::error_code ec;
  if (!fs::is_directory(target.parent_path(), ec)) return;
  const std::string stem = target.filename().string();
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    std::string name = entry.path().filename().string();
    for (const char* tag : {".new-", ".old-", ".tmp-"}) {
      std::string prefix = stem + tag;
      if (name.rfind(prefix, 0) == 0 && !may_be_running(name.substr(prefix.size()))) {
        fs::remove_all(entry.path(), ec);
        break;
      }
    }
  }
}

bool is_safe(const std::string& path) {
  if (path.empty() || path[0] == '/') return false;
  for (const auto& part : fs::path(path))
    if (part == "..") return false;
  return true;
}

}  // namespace

void write_file_atomically(const std::string& path, const std::string& bytes) {
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path());
  remove_stale_siblings(target);
  fs::path temp = sibling(target, ".tmp-");
  write_bytes(temp, bytes);
  fs::rename(temp, target);
}

void write_tree_atomically(const std::string& out_dir, const std::vector<OutputFile>& files,
                           const std::function<void(const std::string& fresh_dir)>& before_swap) {
  fs::path target = fs::absolute(out_dir).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  fs::create_directories(target.parent_path());
  remove_stale_siblings(target);
  fs::path fresh = sibling(target, ".new-");
  fs::remove_all(fresh);
  fs::create_directories(fresh);
  for (const auto& file : files) {
    if (!is_safe(file.path))
      throw std::runtime_error("refusing to write outside the site: " + file.path);
    fs::path p = fresh / file.path;
    fs::create_directories(p.parent_path());
    write_bytes(p, file.bytes);
  }
  if (before_swap) {
    try {
      before_swap(fresh.string());
    } catch (...) {
      fs::remove_all(fresh);
      throw;
    }
  }
  if (!fs::exists(target)) {
    fs::rename(fresh, target);
    return;
  }
  // Swap both names in one step, so there is no moment without a complete site at `target`.
  if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0) {
    fs::path old = sibling(target, ".old-");
    fs::remove_all(old);
    fs::rename(target, old);
    fs::rename(fresh, target);
    fs::remove_all(old);
    return;
  }
  fs::remove_all(fresh);  // now holds the previous site
}

}  // namespace qala
