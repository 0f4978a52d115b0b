#pragma once
#include <stdexcept>
#include <string>

#include "core/source_location.h"

namespace qala {

/// Bad input from a user's file: where it is and what was expected there.
/// The CLI prints it and exits with code 2; nothing else catches it.
class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, std::string message);

  const SourceLocation& where() const { return where_; }
  const std::string& message() const { return message_; }

  /// "file:line:col: error: message", then the offending line and a caret under the column
  /// when the file can be read.
  std::string format() const;

 private:
  SourceLocation where_;
  std::string message_;
};

/// A failure inside a statistics method (singular matrix, log of a negative value...). The run
/// step turns it into an InputError at the analysis that asked for the computation.
class MethodError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads line `line` (1-based) of `file`, without its end of line; empty when unavailable.
std::string read_source_line(const std::string& file, int line);

}  // namespace qala
