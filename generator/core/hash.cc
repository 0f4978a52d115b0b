#include "core/hash.h"

#include <cstdio>
#include <cstring>

namespace qala {

void ContentHasher::add_long(std::string_view bytes) {
  std::uint64_t h = h_;
  const char* p = bytes.data();
  size_t n = bytes.size();
  if (n >= 64) {
    // Four independent lanes, so the multiplications of a long text (a page's chart, a data file)
    // overlap instead of each waiting for the last; folded back into one at the end.
    std::uint64_t lane[4] = {h, h ^ 0x243f6a8885a308d3ull, h ^ 0x13198a2e03707344ull,
                             h ^ 0xa4093822299f31d0ull};
    for (; n >= 32; p += 32, n -= 32)
      for (int i = 0; i < 4; ++i) {
        std::uint64_t word;
        std::memcpy(&word, p + 8 * i, 8);
        lane[i] = mix(lane[i], word);
      }
    h = mix(mix(mix(mix(h, lane[0]), lane[1]), lane[2]), lane[3]);
  }
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = mix(h, word);
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  // The tail's length goes into its top byte, so "a" and "a\0" differ.
  h_ = mix(h, tail ^ (static_cast<std::uint64_t>(n) << 56));
}

void ContentHasher::add_framed(std::string_view bytes) {
  h_ = mix(h_, static_cast<std::uint64_t>(bytes.size()));
  add(bytes);
}

std::string ContentHasher::hex() const {
  // A last avalanche, so that every input bit reaches every digit.
  std::uint64_t h = h_;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

std::string content_hash(std::string_view bytes) {
  ContentHasher hasher;
  hasher.add(bytes);
  return hasher.hex();
}

}  // namespace qala
