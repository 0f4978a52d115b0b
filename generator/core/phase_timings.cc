#include "core/phase_timings.h"

#include <fmt/format.h>

namespace qala {

PhaseTimings::PhaseTimings() : start_(Clock::now()), last_(start_) {}

void PhaseTimings::lap(const std::string& step) {
  auto now = Clock::now();
  steps_.emplace_back(step, std::chrono::duration<double, std::milli>(now - last_).count());
  last_ = now;
}

void PhaseTimings::continue_from(const PhaseTimings& earlier) {
  steps_.insert(steps_.begin(), earlier.steps_.begin(), earlier.steps_.end());
  start_ = earlier.start_;
}

std::string PhaseTimings::text() const {
  std::string out = "timings (wall):\n";
  for (const auto& [step, ms] : steps_) out += fmt::format("  {:<28} {:>9.1f} ms\n", step, ms);
  double total = std::chrono::duration<double, std::milli>(last_ - start_).count();
  out += fmt::format("  {:<28} {:>9.1f} ms\n", "total", total);
  return out;
}

}  // namespace qala
