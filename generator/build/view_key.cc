#include "build/view_key.h"

#include <cstring>

namespace qala {

namespace {

/// Each value is one tagged word (its type, and its length or value), then its bytes: a view's
/// serialisation is unambiguous without copying anything into text.
class ViewHasher {
 public:
  explicit ViewHasher(ContentHasher& hash) : hash_(hash) {}
  void operator()(std::nullptr_t) const { tagged('n', 0); }
  void operator()(const std::string& s) const {
    tagged('s', s.size());
    hash_.add(s);
  }
  void operator()(int i) const { tagged('i', static_cast<std::uint32_t>(i)); }
  void operator()(double d) const {
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    tagged('d', 0);
    hash_.add_word(bits);
  }
  void operator()(bool b) const { tagged(b ? 'T' : 'F', 0); }
  void operator()(const view::Map& m) const {
    tagged('m', m.size());
    for (const auto& [key, value] : m) {
      tagged('k', key.size());
      hash_.add(key);
      std::visit(*this, value.variant());
    }
  }
  void operator()(const view::Array& a) const {
    tagged('a', a.size());
    for (const auto& value : a) std::visit(*this, value.variant());
  }

 private:
  void tagged(char tag, std::uint64_t n) const {
    hash_.add_word(n << 8 | static_cast<unsigned char>(tag));
  }
  ContentHasher& hash_;
};

}  // namespace

void hash_view(const view::Node& view, ContentHasher& hash) {
  std::visit(ViewHasher(hash), view.variant());
}

void hash_view(const view::Map& view, ContentHasher& hash) { ViewHasher{hash}(view); }

}  // namespace qala
