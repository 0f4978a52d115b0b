#include "build/input_fingerprint.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <vector>

#include "core/hash.h"
#include "core/parallel.h"

namespace qala {
namespace {

struct InputFile {
  std::string path;  // relative to the project root, '/'-separated
  struct stat info;
};

/// Every regular file under the open folder `dir` (whose path is `prefix`), as
/// std::filesystem::recursive_directory_iterator finds them: symbolic links to files count,
/// links to folders are not followed. With the *at calls each name is looked up once, in its
/// own folder, not again from the root.
void collect_files(int dir, const std::string& prefix, std::vector<InputFile>& out) {
  DIR* listing = ::fdopendir(dir);
  if (listing == nullptr) {
    ::close(dir);
    return;
  }
  while (const dirent* entry = ::readdir(listing)) {
    std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    std::string path = prefix + "/" + entry->d_name;
    struct stat info {};
    bool is_dir = entry->d_type == DT_DIR;
    if (entry->d_type == DT_UNKNOWN) {
      if (::fstatat(::dirfd(listing), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0) continue;
      is_dir = S_ISDIR(info.st_mode);
    }
    if (is_dir) {
      int sub = ::openat(::dirfd(listing), entry->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (sub >= 0) collect_files(sub, path, out);
      continue;
    }
    if (::fstatat(::dirfd(listing), entry->d_name, &info, 0) == 0 && S_ISREG(info.st_mode))
      out.push_back({std::move(path), info});
  }
  ::closedir(listing);
}

void add_number(ContentHasher& hash, long long value) {
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  hash.add_framed(std::string_view(digits, static_cast<size_t>(end - digits)));
}

}  // namespace

std::string input_fingerprint(const std::string& root, const std::string& identity) {
  // The part with most files first (a page text per study and language), so that the threads
  // finish together.
  static constexpr const char* kParts[] = {"site", "data", "analyses", "golden", "templates"};
  // Each part's key, made where it is listed: a large project has tens of thousands of files,
  // and listing, sorting and hashing them are all spread over the cores.
  std::vector<std::string> part_keys(std::size(kParts));
  int project = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (project >= 0) {
    parallel_for(part_keys.size(), default_jobs(), [&](size_t i) {
      std::vector<InputFile> files;
      int dir = ::openat(project, kParts[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (dir >= 0) collect_files(dir, kParts[i], files);
      std::sort(files.begin(), files.end(),
                [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      ContentHasher hash;
      for (const auto& [path, info] : files) {
        hash.add_framed(path);
        // What make and ninja trust: a file whose bytes change gets a new modification time
        // (in nanoseconds), and one replaced by a rename a new inode.
        add_number(hash, static_cast<long long>(info.st_size));
        add_number(hash, static_cast<long long>(info.st_mtim.tv_sec));
        add_number(hash, static_cast<long long>(info.st_mtim.tv_nsec));
        add_number(hash, static_cast<long long>(info.st_ino));
      }
      add_number(hash, static_cast<long long>(files.size()));
      part_keys[i] = hash.hex();
    });
    ::close(project);
  }
  ContentHasher hash;
  hash.add_framed(identity);
  for (size_t i = 0; i < part_keys.size(); ++i) {
    hash.add_framed(kParts[i]);
    hash.add_framed(part_keys[i]);
  }
  return hash.hex();
}

}  // namespace qala
