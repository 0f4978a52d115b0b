#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace qala {

/// A 64-bit content key for the build graph, not a cryptographic digest: each add() feeds its
/// bytes eight at a time through a multiply-xorshift step (the build hashes every page and
/// input, so a byte-at-a-time hash showed in profiles).
class ContentHasher {
 public:
  void add(std::string_view bytes);
  void add_framed(std::string_view bytes);  // with its length first, so pieces cannot run together
  /// One number, as one step (a type tag, a length, an integer value).
  void add_word(std::uint64_t word);
  /// 16 hex digits.
  std::string hex() const;

 private:
  std::uint64_t h_ = 0x9e3779b97f4a7c15ull;
};

/// The ContentHasher key of `bytes` as 16 hex digits.
std::string content_hash(std::string_view bytes);

}  // namespace qala
