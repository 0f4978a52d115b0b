#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace qala {

class ParseMemo;

/// Read access to the project's files, by '/'-separated path relative to the project root. The
/// disk version reads a real tree; the memory version lets tests build a whole project inline.
class FileSource {
 public:
  virtual ~FileSource() = default;
  /// The file's bytes, or nothing when it does not exist or is not a regular file.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  /// Files directly in `dir` whose names end with `suffix`, sorted by name (paths from the root).
  virtual std::vector<std::string> list(const std::string& dir,
                                        const std::string& suffix) const = 0;
  /// Files anywhere below `dir`, sorted (paths from the root).
  virtual std::vector<std::string> list_recursive(const std::string& dir) const = 0;
  /// How this source names `path` in messages (the disk path as the user typed the root).
  virtual std::string display(const std::string& path) const = 0;

  /// Where the loaders look up and keep parsed YAML trees (none unless set; not owned).
  void remember_parses_in(const ParseMemo* memo) { parse_memo_ = memo; }
  const ParseMemo* parse_memo() const { return parse_memo_; }

 private:
  const ParseMemo* parse_memo_ = nullptr;
};

/// A project on disk. Refuses paths that would leave the root (".." or absolute or a symlink
/// pointing outside).
class DiskFileSource : public FileSource {
 public:
  explicit DiskFileSource(std::string root);
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list(const std::string& dir, const std::string& suffix) const override;
  std::vector<std::string> list_recursive(const std::string& dir) const override;
  std::string display(const std::string& path) const override;

 private:
  std::string root_;
  /// The root folder, opened once (shared by copies, closed with the last); -1 if it is missing.
  std::shared_ptr<int> root_fd_;
};

/// A project held in memory, for tests.
class MemoryFileSource : public FileSource {
 public:
  void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<std::string> list(const std::string& dir, const std::string& suffix) const override;
  std::vector<std::string> list_recursive(const std::string& dir) const override;
  std::string display(const std::string& path) const override { return path; }

 private:
  std::map<std::string, std::string> files_;
};

/// True when `path` is relative, '/'-separated and never steps outside with "..".
bool is_safe_relative_path(const std::string& path);

}  // namespace qala
