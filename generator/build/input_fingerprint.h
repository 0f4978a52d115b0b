#pragma once
#include <string>

namespace qala {

/// A hash of every input file's path and bytes (below analyses/, data/, golden/, site/ and
/// templates/ of `root`, in sorted order) and of `identity`. The site is a function of these
/// alone, so when it equals the last build's, every page's key is the one recorded then and no
/// page view needs to be built: that is what makes a no-op rebuild cheap.
std::string input_fingerprint(const std::string& root, const std::string& identity);

}  // namespace qala
