#include "core/hash.h"

#include <cstdio>
#include <cstring>

namespace qala {
namespace {

constexpr std::uint64_t kMultiplier = 0xff51afd7ed558ccdull;

std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
  h = (h ^ word) * kMultiplier;
  return h ^ (h >> 29);
}

}  // namespace

void ContentHasher::add(std::string_view bytes) {
  std::uint64_t h = h_;
  const char* p = bytes.data();
  size_t n = bytes.size();
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

void ContentHasher::add_word(std::uint64_t word) { h_ = mix(h_, word); }

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
