#include "support/run_command.h"

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace qala::testing {
namespace fs = std::filesystem;

unsigned long inode_of(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 ? info.st_ino : 0;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "qala-test-XXXXXX").string();
  path_ = ::mkdtemp(pattern.data()) ? pattern : "";
}

TempDir::~TempDir() {
  std::error_code ec;
  if (!path_.empty()) fs::remove_all(path_, ec);
}

CommandResult run_command(const std::string& command) {
  TempDir dir;
  std::string out = dir.path() + "/out", err = dir.path() + "/err";
  int status = std::system((command + " >" + out + " 2>" + err).c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

std::map<std::string, std::string> read_tree(const std::string& root) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file())
      out[fs::relative(entry.path(), root).string()] = read_file(entry.path().string());
  return out;
}

void copy_project_inputs(const std::string& from, const std::string& dir) {
  fs::create_directories(dir);
  for (const char* part : {"analyses", "data", "golden", "site", "templates"})
    fs::copy(fs::path(from) / part, fs::path(dir) / part, fs::copy_options::recursive);
}

}  // namespace qala::testing
