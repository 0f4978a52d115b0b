// core/hash.h: the content key of the build graph. add() takes its input eight bytes a step, then
// the tail with its length in the top byte; below 64 bytes it must give the same key as feeding
// those steps one by one through add_word(), whichever of its paths (inline up to 16 bytes, out
// of line above) it takes. Longer inputs (four lanes) are checked for telling inputs apart.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>

#include "core/hash.h"

using namespace qala;

namespace {

/// The key of `bytes` (fewer than 64) made of add_word() steps.
std::string stepwise_key(const std::string& bytes) {
  ContentHasher hash;
  size_t at = 0;
  for (; bytes.size() - at >= 8; at += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + at, 8);
    hash.add_word(word);
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
  hash.add_word(tail ^ (static_cast<std::uint64_t>(bytes.size() - at) << 56));
  return hash.hex();
}

}  // namespace

TEST_CASE("content hashes of short inputs are their documented steps", "[build][hash]") {
  std::string text;
  for (size_t n = 0; n < 64; ++n) {
    INFO(n << " bytes");
    CHECK(content_hash(text) == stepwise_key(text));
    text += static_cast<char>('a' + n % 26);
  }
}

TEST_CASE("content hashes tell inputs apart and do not depend on how they are split",
          "[build][hash]") {
  CHECK(content_hash("a") != content_hash(std::string("a\0", 2)));
  std::string long_text(1000, 'x');
  std::string other = long_text;
  other[517] = 'y';  // inside a lane
  CHECK(content_hash(long_text) != content_hash(other));
  other = long_text;
  other[999] = 'y';  // in the tail
  CHECK(content_hash(long_text) != content_hash(other));
  // Framing: the same bytes in other pieces give another key.
  ContentHasher ab, a_b;
  ab.add_framed("ab");
  a_b.add_framed("a");
  a_b.add_framed("b");
  CHECK(ab.hex() != a_b.hex());
}
