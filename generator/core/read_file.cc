#include "core/read_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace qala {

std::optional<std::string> read_and_close(int fd) {
  struct stat info {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    // Sized by fstat, grown if the file grows while it is read.
    std::string text(static_cast<size_t>(info.st_size), '\0');
    size_t filled = 0;
    while (true) {
      if (filled == text.size()) text.resize(text.size() * 2 + 4096);
      ssize_t got = ::read(fd, text.data() + filled, text.size() - filled);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) break;
      if (got == 0) {
        text.resize(filled);
        bytes = std::move(text);
        break;
      }
      filled += static_cast<size_t>(got);
    }
  }
  ::close(fd);
  return bytes;
}

}  // namespace qala
