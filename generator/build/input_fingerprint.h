#pragma once
#include <string>

namespace qala {

/// A hash of every input file's path, size, modification time and inode (below analyses/, data/,
/// golden/, site/ and templates/ of `root`, in sorted order) and of `identity`: a file whose
/// bytes change gets another fingerprint without being read (as make and ninja decide). The site
/// is a function of these files alone, so when it equals the last build's, every page's key is
/// the one recorded then and no page view needs to be built: that is what makes a no-op rebuild
/// cheap. A file touched but not changed only costs a build that runs no node.
std::string input_fingerprint(const std::string& root, const std::string& identity);

}  // namespace qala
