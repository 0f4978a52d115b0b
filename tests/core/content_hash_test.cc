// core/hash.h: the content key of the build graph. Below 64 bytes the reference follows the
// documented steps with no shortcut (eight bytes a step, then the tail with its length in the
// top byte): both the inline path for pieces of up to 16 bytes and the out-of-line one must
// give its values. Longer inputs (four lanes) are checked for telling inputs apart.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/hash.h"

using namespace qala;

namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
  h = (h ^ word) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 29);
}

/// One add() of fewer than 64 bytes, step by step.
std::uint64_t reference_add(std::uint64_t h, const std::string& bytes) {
  size_t at = 0;
  for (; bytes.size() - at >= 8; at += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + at, 8);
    h = mix(h, word);
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
  return mix(h, tail ^ (static_cast<std::uint64_t>(bytes.size() - at) << 56));
}

std::string hex_of(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

}  // namespace

TEST_CASE("content hashes of short inputs follow the documented steps", "[build][hash]") {
  std::string text;
  for (size_t n = 0; n < 64; ++n) {
    INFO(n << " bytes");
    CHECK(content_hash(text) == hex_of(reference_add(0x9e3779b97f4a7c15ull, text)));
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
