#include "write/atomic_output.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>

#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include "core/parallel.h"
#include "core/read_file.h"

namespace qala {
namespace fs = std::filesystem;
namespace {

/// Writes `bytes` to `path` (relative to the open folder `dir`; `shown` names it in errors).
/// With `info`, also gives the new file's stat, taken before it is closed.
void write_bytes_at(int dir, const char* path, const std::string& bytes, const std::string& shown,
                    struct stat* info = nullptr) {
  // O_EXCL: a file is always new. Files of a reused tree are removed first; writing into one
  // could write into the live site's file, which may be the same inode.
  int fd = ::openat(dir, path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + shown);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      throw std::runtime_error("cannot write " + shown);
    }
    done += static_cast<size_t>(n);
  }
  if (info != nullptr && ::fstat(fd, info) != 0) {
    ::close(fd);
    throw std::runtime_error("cannot write " + shown);
  }
  if (::close(fd) != 0) throw std::runtime_error("cannot write " + shown);
}

void write_bytes(const fs::path& path, const std::string& bytes) {
  ::unlink(path.c_str());
  write_bytes_at(AT_FDCWD, path.c_str(), bytes, path.string());
}

/// Removes whatever is at `path` below the open folder `dir` (a folder with all it holds);
/// `shown` is its full path.
void remove_at(int dir, const std::string& path, const fs::path& shown) {
  if (::unlinkat(dir, path.c_str(), 0) == 0 || errno == ENOENT) return;
  std::error_code ec;
  if (errno == EISDIR && fs::remove_all(shown, ec) != static_cast<std::uintmax_t>(-1) && !ec)
    return;
  throw std::runtime_error("cannot replace " + shown.string());
}

bool is_safe(const std::string& path) {
  if (path.empty() || path[0] == '/') return false;
  for (const auto& part : fs::path(path))
    if (part == "..") return false;
  return true;
}

/// The folders of a tree being written (below the open folder `root`), each made once.
class FolderMaker {
 public:
  FolderMaker(int root, std::string shown) : root_(root), shown_(std::move(shown)) {}
  /// Makes the folder holding `file` (a path below the root) and its missing parents.
  void parent_of(const std::string& file) {
    size_t slash = file.rfind('/');
    if (slash == std::string::npos) return;
    make(file.substr(0, slash));
  }
  /// Whether `folder` is one this tree needs.
  bool needs(const std::string& folder) const { return made_.count(folder) > 0; }

 private:
  void make(const std::string& folder) {
    if (made_.count(folder)) return;
    size_t slash = folder.rfind('/');
    if (slash != std::string::npos) make(folder.substr(0, slash));
    if (::mkdirat(root_, folder.c_str(), 0755) != 0) {
      const std::string error = "cannot create folder " + shown_ + "/" + folder;
      struct stat info {};
      if (errno != EEXIST || ::fstatat(root_, folder.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0)
        throw std::runtime_error(error);
      // A reused tree (OutputTree's spare) may hold a file or a link where this folder belongs.
      if (!S_ISDIR(info.st_mode) && (::unlinkat(root_, folder.c_str(), 0) != 0 ||
                                     ::mkdirat(root_, folder.c_str(), 0755) != 0))
        throw std::runtime_error(error);
    }
    made_.insert(folder);
  }
  int root_;
  std::string shown_;
  std::unordered_set<std::string> made_;
};

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

}  // namespace

std::optional<std::string> read_output_file(const std::string& out_dir, const std::string& path) {
  if (!is_safe(path)) return std::nullopt;
  int fd = ::open((out_dir + "/" + path).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  return read_and_close(fd);
}

void write_file_atomically(const std::string& path, const std::string& bytes) {
  fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path());
  remove_stale_siblings(target);
  fs::path temp = sibling(target, ".tmp-");
  write_bytes(temp, bytes);
  fs::rename(temp, target);
}

/// "file:<inode>:<size>:<modification time>", the form of output_stamp.
std::string stamp_text(const struct stat& info) {
  return "file:" + std::to_string(info.st_ino) + ":" + std::to_string(info.st_size) + ":" +
         std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec);
}

struct OutputTree::State {
  fs::path target;
  fs::path fresh;
  // Files are made relative to open folders, so the kernel does not walk the absolute path of
  // each of a large site's files again.
  int fresh_fd = -1;
  int target_fd = -1;  // the tree being replaced; -1 when there is none
  std::mutex folders_mutex;
  std::unique_ptr<FolderMaker> folders;
  bool committed = false;
  // The fresh folder is the tree the build before last wrote (kept as `spare`): its folders are
  // reused; each file is removed before it is written or linked, and what this build does not
  // write is removed before the swap.
  bool reused = false;
  fs::path spare;                          // where the replaced tree is kept; empty: removed
  std::unordered_set<std::string> placed;  // files of this build, when reused

  ~State() {
    if (fresh_fd >= 0) ::close(fresh_fd);
    if (target_fd >= 0) ::close(target_fd);
  }

  /// `file`'s path relative to the fresh folder, whose folders now exist.
  const std::string& place(const OutputFile& file) {
    if (!is_safe(file.path))
      throw std::runtime_error("refusing to write outside the site: " + file.path);
    std::lock_guard<std::mutex> lock(folders_mutex);
    folders->parent_of(file.path);
    if (reused) placed.insert(file.path);
    return file.path;
  }
  /// Makes way at `path` in a reused tree.
  void clear(const std::string& path) {
    if (reused) remove_at(fresh_fd, path, fresh / path);
  }
  /// Removes from a reused tree what this build did not write, below the open folder `dir`
  /// (`prefix`: its path in the tree); the top folder's entries on up to `jobs` threads.
  void remove_strays(int dir, const std::string& prefix, int jobs = 1) {
    DIR* listing = ::fdopendir(::dup(dir));
    if (listing == nullptr) throw std::runtime_error("cannot list " + (fresh / prefix).string());
    std::vector<std::pair<std::string, unsigned char>> entries;
    while (const dirent* entry = ::readdir(listing)) {
      std::string name = entry->d_name;
      if (name != "." && name != "..") entries.emplace_back(std::move(name), entry->d_type);
    }
    ::closedir(listing);
    parallel_for(entries.size(), jobs, [&](size_t i) {
      auto& [name, type] = entries[i];
      const std::string path = prefix.empty() ? name : prefix + "/" + name;
      if (type == DT_UNKNOWN) {
        struct stat info {};
        if (::fstatat(dir, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) return;
        type = S_ISDIR(info.st_mode) ? DT_DIR : DT_REG;
      }
      if (type != DT_DIR) {
        if (!placed.count(path)) remove_at(dir, name, fresh / path);
      } else if (!folders->needs(path)) {
        remove_at(dir, name, fresh / path);
      } else {
        int sub = ::openat(dir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (sub < 0) throw std::runtime_error("cannot list " + (fresh / path).string());
        try {
          remove_strays(sub, path);
        } catch (...) {
          ::close(sub);
          throw;
        }
        ::close(sub);
      }
    });
  }
  /// Writes `file` at `path`, or links it to its copy in the tree it replaces when unchanged
  /// (copying that file when the file system has no links). With `info`, gives the stat of
  /// the file written.
  void put(const OutputFile& file, const std::string& path, struct stat* info = nullptr) {
    clear(path);
    if (file.unchanged) {
      bool done =
          target_fd >= 0 && ::linkat(target_fd, file.path.c_str(), fresh_fd, path.c_str(), 0) == 0;
      std::error_code ec;
      if (!done && file.bytes.empty()) done = fs::copy_file(target / file.path, fresh / path, ec);
      if (done) {
        if (info != nullptr && ::fstatat(fresh_fd, path.c_str(), info, AT_SYMLINK_NOFOLLOW) != 0)
          throw std::runtime_error("cannot write " + (fresh / path).string());
        return;
      }
    }
    write_bytes_at(fresh_fd, path.c_str(), file.bytes, (fresh / path).string(), info);
  }
};

OutputTree::OutputTree(const std::string& out_dir, const std::string& spare_dir)
    : state_(std::make_unique<State>()) {
  fs::path target = fs::absolute(out_dir).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  fs::create_directories(target.parent_path());
  remove_stale_siblings(target);
  state_->target = target;
  state_->fresh = sibling(target, ".new-");
  fs::remove_all(state_->fresh);
  if (!spare_dir.empty()) {
    state_->spare = fs::absolute(spare_dir).lexically_normal();
    std::error_code ec;
    if (fs::is_directory(state_->spare, ec) &&
        ::rename(state_->spare.c_str(), state_->fresh.c_str()) == 0)
      state_->reused = true;
    else
      fs::remove_all(state_->spare, ec);  // not a folder, or on another file system
  }
  if (!state_->reused) fs::create_directories(state_->fresh);
  state_->fresh_fd = ::open(state_->fresh.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (state_->fresh_fd < 0) throw std::runtime_error("cannot open " + state_->fresh.string());
  state_->target_fd = ::open(target.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  state_->folders = std::make_unique<FolderMaker>(state_->fresh_fd, state_->fresh.string());
}

OutputTree::~OutputTree() {
  if (state_ && !state_->committed) {
    std::error_code ec;
    fs::remove_all(state_->fresh, ec);
  }
}

namespace {

std::string stamp_of(const std::string& file) {
  struct stat info {};
  if (::lstat(file.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return "";
  return stamp_text(info);
}

}  // namespace

std::string output_stamp(const std::string& out_dir, const std::string& path) {
  return is_safe(path) ? stamp_of(out_dir + "/" + path) : "";
}

std::string OutputTree::write(const OutputFile& file) {
  struct stat info {};
  state_->put(file, state_->place(file), &info);
  return stamp_text(info);
}

void OutputTree::write_all(const std::vector<OutputFile>& files, int jobs) {
  // Folders and first copies are found in order, in one thread; then files are written.
  std::vector<std::string> paths(files.size());
  std::vector<size_t> copy_of(files.size(), files.size());  // index of the first copy
  std::unordered_map<std::string_view, size_t> first_copy;  // bytes -> index
  for (size_t i = 0; i < files.size(); ++i) {
    paths[i] = state_->place(files[i]);
    if (files[i].unchanged) continue;
    auto [it, first] = first_copy.emplace(files[i].bytes, i);
    if (!first) copy_of[i] = it->second;
  }
  parallel_for(files.size(), jobs, [&](size_t i) {
    if (copy_of[i] == files.size()) state_->put(files[i], paths[i]);
  });
  const int fresh = state_->fresh_fd;
  parallel_for(files.size(), jobs, [&](size_t i) {
    if (copy_of[i] == files.size()) return;
    state_->clear(paths[i]);
    if (::linkat(fresh, paths[copy_of[i]].c_str(), fresh, paths[i].c_str(), 0) != 0)
      write_bytes_at(fresh, paths[i].c_str(), files[i].bytes, (state_->fresh / paths[i]).string());
  });
}

void OutputTree::commit(const std::function<void(const std::string& fresh_dir)>& before_swap,
                        int jobs) {
  const fs::path& target = state_->target;
  const fs::path& fresh = state_->fresh;
  if (state_->reused) {
    state_->remove_strays(state_->fresh_fd, "", jobs);
    // A new modification time, so that the folder swapped in never has the stamp it had as the
    // site of two builds ago (build memos compare it).
    ::futimens(state_->fresh_fd, nullptr);
  }
  if (before_swap) before_swap(fresh.string());  // on failure the destructor removes `fresh`
  state_->committed = true;
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
  // `fresh` now holds the previous site: kept for the next build to reuse, or removed.
  std::error_code ec;
  if (!state_->spare.empty()) {
    fs::create_directories(state_->spare.parent_path(), ec);
    fs::remove_all(state_->spare, ec);
    if (::rename(fresh.c_str(), state_->spare.c_str()) == 0) return;
  }
  fs::remove_all(fresh);
}

void write_tree_atomically(const std::string& out_dir, const std::vector<OutputFile>& files,
                           const std::function<void(const std::string& fresh_dir)>& before_swap,
                           int jobs) {
  OutputTree tree(out_dir);
  tree.write_all(files, jobs);
  tree.commit(before_swap);
}

}  // namespace qala
