#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace qala {

int default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

void parallel_for(size_t count, int jobs, const std::function<void(size_t)>& body) {
  if (count == 0) return;
  size_t threads = std::min(count, static_cast<size_t>(std::max(jobs, 1)));
  std::atomic<size_t> next{0};
  std::atomic<size_t> first_failure{std::numeric_limits<size_t>::max()};
  std::mutex mutex;
  std::exception_ptr error;
  auto work = [&] {
    for (;;) {
      size_t i = next++;
      if (i >= count || i > first_failure.load()) return;
      try {
        body(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (i < first_failure.load()) {
          first_failure = i;
          error = std::current_exception();
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace qala
