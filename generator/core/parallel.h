#pragma once
#include <cstddef>
#include <functional>

namespace qala {

/// Runs body(0) .. body(count - 1) on up to `jobs` threads (the calling thread is one of them).
/// Indices are handed out in increasing order; when bodies throw, the exception of the lowest
/// failing index is rethrown after all threads stop, so a parallel build fails with the same
/// error as a serial one. Later indices are skipped once an error is known.
void parallel_for(size_t count, int jobs, const std::function<void(size_t)>& body);

/// The number of threads `--jobs 0` (the default) means: the machine's cores.
int default_jobs();

}  // namespace qala
