#pragma once
#include <string>

#include "core/value.h"

namespace qala {

/// Parses one YAML document into a Value tree that remembers the file:line:col of every node.
/// Throws InputError for a syntax error, a tab used for indentation, a duplicate key, an alias,
/// a non-text key, or more than one document. An empty document gives a null Value.
Value parse_yaml(const std::string& bytes, const std::string& file);

}  // namespace qala
