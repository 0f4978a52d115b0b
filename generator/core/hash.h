#pragma once
#include <string>
#include <string_view>

namespace qala {

/// 64-bit FNV-1a of `bytes` as 16 hex digits: a content key for the build graph, not a
/// cryptographic digest.
std::string content_hash(std::string_view bytes);

}  // namespace qala
