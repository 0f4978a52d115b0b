#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace qala {

/// Wall time of a build's steps, in the order they ended: each lap() closes the step that began
/// at the previous lap (or at construction). `qala build --timings` prints them.
class PhaseTimings {
 public:
  PhaseTimings();
  /// Ends the current step and names it.
  void lap(const std::string& step);
  /// Puts the steps `earlier` timed before this one's, from its start.
  void continue_from(const PhaseTimings& earlier);
  /// One line per step, "  <step>  <ms> ms", then the total.
  std::string text() const;

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point start_;
  Clock::time_point last_;
  std::vector<std::pair<std::string, double>> steps_;
};

}  // namespace qala
