#pragma once
#include <string>

namespace qala {

/// The tool's identity in cache keys: QALA_VERSION plus the executable's GNU build id (a hash
/// the linker computes over the code). The version alone is not enough: while the version
/// number stays the same, a changed statistics method would otherwise be served stale results
/// from the cache. Falls back to the executable's size and time when it has no build id.
/// Output never depends on it; only whether cached entries are reused.
std::string build_identity();

}  // namespace qala
