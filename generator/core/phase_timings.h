#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace qala {

/// Wall time and process CPU time (all threads, user and system) of a build's steps, in the order
/// they ended: each lap() closes the step that began at the previous lap (or at construction).
/// `qala build --timings` prints them; CPU near twice the wall time on two cores means the step
/// kept both busy.
class PhaseTimings {
 public:
  PhaseTimings();
  /// Ends the current step and names it.
  void lap(const std::string& step);
  /// Names a part of the current step and its time summed over the threads that did it; shown
  /// under the step.
  void part(const std::string& name, double thread_ms);
  /// A line of text under the current step ("3 of 30 005 YAML files parsed ...").
  void note(const std::string& text);
  /// Puts the steps `earlier` timed before this one's, from its start.
  void continue_from(const PhaseTimings& earlier);
  /// One line per step, "  <step>  <wall ms> ms  <CPU ms> ms", each followed by its parts, then
  /// the total.
  std::string text() const;

 private:
  using Clock = std::chrono::steady_clock;
  struct Step {
    std::string name;
    double wall_ms;
    double cpu_ms;
    bool is_part = false;
    bool is_note = false;
  };
  Clock::time_point start_;
  Clock::time_point last_;
  double start_cpu_ms_;
  double last_cpu_ms_;
  std::vector<Step> steps_;
};

}  // namespace qala
