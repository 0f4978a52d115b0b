#pragma once
#include <optional>
#include <string>

#include <mstch/mstch.hpp>

namespace qala {

/// Streaming 64-bit FNV-1a, the same function as content_hash (core/hash.h) fed piece by piece.
class Fnv1a {
 public:
  void add(std::string_view bytes);
  void add_framed(std::string_view bytes);  // with its length first, so pieces cannot run together
  std::string hex() const;

 private:
  unsigned long long h_ = 14695981039346656037ull;
};

/// Feeds a canonical serialisation of `view` (every type tagged, every string and container
/// with its length, map keys in order) into `hash`. Returns false when the view holds a lambda or
/// an object, whose output cannot be known without rendering: such a page is never cached.
bool hash_view(const mstch::node& view, Fnv1a& hash);

}  // namespace qala
