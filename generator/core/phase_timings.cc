#include "core/phase_timings.h"

#include <sys/resource.h>

#include <fmt/format.h>

namespace qala {
namespace {

double process_cpu_ms() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
  };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

}  // namespace

PhaseTimings::PhaseTimings()
    : start_(Clock::now()),
      last_(start_),
      start_cpu_ms_(process_cpu_ms()),
      last_cpu_ms_(start_cpu_ms_) {}

void PhaseTimings::lap(const std::string& step) {
  auto now = Clock::now();
  double cpu = process_cpu_ms();
  steps_.push_back(
      {step, std::chrono::duration<double, std::milli>(now - last_).count(), cpu - last_cpu_ms_});
  last_ = now;
  last_cpu_ms_ = cpu;
}

void PhaseTimings::part(const std::string& name, double thread_ms) {
  steps_.push_back({name, 0, thread_ms, true});
}

void PhaseTimings::note(const std::string& text) { steps_.push_back({text, 0, 0, true, true}); }

void PhaseTimings::continue_from(const PhaseTimings& earlier) {
  steps_.insert(steps_.begin(), earlier.steps_.begin(), earlier.steps_.end());
  start_ = earlier.start_;
  start_cpu_ms_ = earlier.start_cpu_ms_;
}

std::string PhaseTimings::text() const {
  std::string out = fmt::format(
      "timings (wall, and CPU time of all threads):\n  {:<28} {:>9} {:>12}\n", "", "wall", "CPU");
  // Parts are recorded before the lap that ends their step, and printed after it.
  std::string parts;
  for (const auto& step : steps_) {
    if (step.is_note) {
      parts += "    " + step.name + "\n";
      continue;
    }
    if (step.is_part) {
      parts +=
          fmt::format("    {:<39} {:>9.1f} ms\n", step.name + " (threads summed)", step.cpu_ms);
      continue;
    }
    out += fmt::format("  {:<28} {:>9.1f} ms {:>9.1f} ms\n", step.name, step.wall_ms, step.cpu_ms);
    out += parts;
    parts.clear();
  }
  out += parts;
  double total = std::chrono::duration<double, std::milli>(last_ - start_).count();
  out += fmt::format("  {:<28} {:>9.1f} ms {:>9.1f} ms\n", "total", total,
                     last_cpu_ms_ - start_cpu_ms_);
  return out;
}

}  // namespace qala
