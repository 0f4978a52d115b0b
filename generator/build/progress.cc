#include "build/progress.h"

#include <unistd.h>

namespace qala {

Progress::Progress(bool enabled) : active_(enabled && ::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() { finish(); }

void Progress::start(const std::string& what, size_t total) {
  if (!active_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  what_ = what;
  total_ = total;
  count_ = 0;
  draw("", true);
}

void Progress::done(const std::string& item) {
  if (!active_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  ++count_;
  draw(item, count_ == total_);
}

void Progress::draw(const std::string& item, bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_ < std::chrono::milliseconds(50)) return;
  last_ = now;
  std::string line = "[" + std::to_string(count_) + "/" + std::to_string(total_) + "] " + what_;
  if (!item.empty()) line += ": " + item;
  if (line.size() > 100) line = line.substr(0, 97) + "...";
  // \r back to the start, \033[K clears what a longer previous line left.
  std::fprintf(stderr, "\r%s\033[K", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (!active_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace qala
