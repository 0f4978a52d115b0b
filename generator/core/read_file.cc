#include "core/read_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace qala {

std::optional<std::string> read_and_close(int fd) {
  struct stat info {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    // Sized by fstat with a byte to spare, grown if the file grows while it is read. A read of a
    // regular file that comes back short has reached the end, so a file read whole takes one
    // call, not a second that returns 0 (a large site reads tens of thousands).
    std::string text(static_cast<size_t>(info.st_size) + 1, '\0');
    size_t filled = 0;
    while (true) {
      ssize_t got = ::read(fd, text.data() + filled, text.size() - filled);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) break;
      filled += static_cast<size_t>(got);
      if (got == 0 || filled < text.size()) {
        text.resize(filled);
        bytes = std::move(text);
        break;
      }
      text.resize(text.size() * 2 + 4096);
    }
  }
  ::close(fd);
  return bytes;
}

}  // namespace qala
