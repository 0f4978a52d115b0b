#pragma once
#include <map>
#include <string>

namespace qala::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `command` with /bin/sh, capturing standard output and error.
CommandResult run_command(const std::string& command);

/// A fresh empty folder under the system's temporary folder, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Reads a whole file ("" when absent).
std::string read_file(const std::string& path);

/// The inode number of `path` (0 when it does not exist): the same file, not only the same bytes.
unsigned long inode_of(const std::string& path);

/// Every regular file below `root`: relative path -> bytes.
std::map<std::string, std::string> read_tree(const std::string& root);

/// Copies the shipped project's inputs (analyses, data, golden, site, templates) into `dir`.
void copy_project_inputs(const std::string& from, const std::string& dir);

}  // namespace qala::testing
