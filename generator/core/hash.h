#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace qala {

/// A 64-bit content key for the build graph, not a cryptographic digest: each add() feeds its
/// bytes eight at a time through a multiply-xorshift step (the build hashes every page and
/// input, so a byte-at-a-time hash showed in profiles).
class ContentHasher {
 public:
  /// Short pieces (a view's keys and most of its texts) are hashed inline; long ones out of line.
  void add(std::string_view bytes) {
    if (bytes.size() <= 16)
      add_short(bytes);
    else
      add_long(bytes);
  }
  void add_framed(std::string_view bytes);  // with its length first, so pieces cannot run together
  /// One number, as one step (a type tag, a length, an integer value).
  void add_word(std::uint64_t word) { h_ = mix(h_, word); }
  /// 16 hex digits.
  std::string hex() const;

 private:
  static std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
    h = (h ^ word) * 0xff51afd7ed558ccdull;
    return h ^ (h >> 29);
  }
  /// add() of at most 16 bytes: the same steps as add_long takes for them.
  void add_short(std::string_view bytes) {
    std::uint64_t h = h_;
    const char* p = bytes.data();
    size_t n = bytes.size();
    if (n >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      h = mix(h, word);
      p += 8;
      n -= 8;
      if (n == 8) {
        std::memcpy(&word, p, 8);
        h = mix(h, word);
        p += 8;
        n = 0;
      }
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    // The tail's length goes into its top byte, so "a" and "a\0" differ.
    h_ = mix(h, tail ^ (static_cast<std::uint64_t>(n) << 56));
  }
  void add_long(std::string_view bytes);

  std::uint64_t h_ = 0x9e3779b97f4a7c15ull;
};

/// The ContentHasher key of `bytes` as 16 hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace qala
