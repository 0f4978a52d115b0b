#pragma once
#include <string>

namespace qala {

/// A place in an input file, 1-based. `line == 0` means "the file as a whole".
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  std::string str() const;
};

}  // namespace qala
