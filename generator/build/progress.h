#pragma once
#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace qala {

/// One updating line on a terminal's standard error: "[n/m] what: item". Silent when stderr is
/// not a terminal (or when disabled), so logs and tests see nothing. Safe to call from the
/// build's threads; redraws at most every 50 ms.
class Progress {
 public:
  /// `enabled` false keeps it silent even on a terminal.
  explicit Progress(bool enabled);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  /// Starts a phase of `total` items ("analyses", "pages").
  void start(const std::string& what, size_t total);
  /// One item of the phase done (`item` names it).
  void done(const std::string& item);
  /// Clears the line.
  void finish();

 private:
  void draw(const std::string& item, bool force);
  bool active_;
  std::mutex mutex_;
  std::string what_;
  size_t total_ = 0;
  size_t count_ = 0;
  std::chrono::steady_clock::time_point last_{};
  bool drawn_ = false;
};

}  // namespace qala
