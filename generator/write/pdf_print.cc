#include "write/pdf_print.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace qala {
namespace fs = std::filesystem;
namespace {

constexpr auto kTimeout = std::chrono::seconds(120);

/// Runs `args` (args[0] is the program's path) with its output discarded; the exit status, or
/// throws when it cannot start or runs longer than kTimeout (it is then killed).
int run_quietly(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("cannot start " + args[0]);
  if (pid == 0) {
    int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
      ::dup2(null, STDIN_FILENO);
      ::dup2(null, STDOUT_FILENO);
      ::dup2(null, STDERR_FILENO);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + kTimeout;
  for (;;) {
    int status = 0;
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    if (done < 0) throw std::runtime_error("lost track of " + args[0]);
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      throw std::runtime_error(args[0] + " took longer than " + std::to_string(kTimeout.count()) +
                               " s and was stopped");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

bool starts_with_pdf_magic(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[5] = {};
  in.read(magic, 5);
  return in && std::string(magic, 5) == "%PDF-";
}

}  // namespace

std::string find_chromium() {
  const char* path = std::getenv("PATH");
  if (!path) return "";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::stringstream dirs(path);
    std::string dir;
    while (std::getline(dirs, dir, ':')) {
      if (dir.empty()) continue;
      fs::path candidate = fs::path(dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
  }
  return "";
}

void print_pages_to_pdf(const std::string& chromium, const std::string& site_dir,
                        const std::vector<std::string>& html_pages, const std::string& pdf_name) {
  // A profile of its own, so printing works beside a running browser and leaves nothing behind.
  std::string profile_template = (fs::temp_directory_path() / "qala-chromium-XXXXXX").string();
  if (!::mkdtemp(profile_template.data()))
    throw std::runtime_error("cannot make a temporary Chromium profile folder");
  fs::path profile(profile_template);
  try {
    for (const auto& page : html_pages) {
      fs::path html = fs::absolute(fs::path(site_dir) / page);
      fs::path pdf = html.parent_path() / pdf_name;
      int code = run_quietly({chromium, "--headless", "--no-sandbox", "--disable-gpu",
                              "--no-pdf-header-footer", "--user-data-dir=" + profile.string(),
                              "--print-to-pdf=" + pdf.string(), "file://" + html.string()});
      if (code != 0 || !starts_with_pdf_magic(pdf))
        throw std::runtime_error("headless Chromium (" + chromium + ") did not print " + page +
                                 " to PDF (exit status " + std::to_string(code) + ")");
    }
  } catch (...) {
    fs::remove_all(profile);
    throw;
  }
  fs::remove_all(profile);
}

}  // namespace qala
