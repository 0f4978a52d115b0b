#include "build/view_key.h"

#include <cstdio>

namespace qala {

namespace {

class ViewHasher : public boost::static_visitor<bool> {
 public:
  explicit ViewHasher(ContentHasher& hash) : hash_(hash) {}
  bool operator()(std::nullptr_t) const {
    hash_.add("n");
    return true;
  }
  bool operator()(const std::string& s) const {
    hash_.add("s");
    hash_.add_framed(s);
    return true;
  }
  bool operator()(int i) const {
    hash_.add("i");
    hash_.add_framed(std::to_string(i));
    return true;
  }
  bool operator()(double d) const {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%a", d);
    hash_.add("d");
    hash_.add_framed(buf);
    return true;
  }
  bool operator()(bool b) const {
    hash_.add(b ? "T" : "F");
    return true;
  }
  bool operator()(const mstch::lambda&) const { return false; }
  bool operator()(const std::shared_ptr<mstch::object>&) const { return false; }
  bool operator()(const mstch::map& m) const {
    hash_.add("m");
    hash_.add_framed(std::to_string(m.size()));
    for (const auto& [key, value] : m) {
      hash_.add_framed(key);
      if (!boost::apply_visitor(*this, value)) return false;
    }
    return true;
  }
  bool operator()(const mstch::array& a) const {
    hash_.add("a");
    hash_.add_framed(std::to_string(a.size()));
    for (const auto& value : a)
      if (!boost::apply_visitor(*this, value)) return false;
    return true;
  }

 private:
  ContentHasher& hash_;
};

}  // namespace

bool hash_view(const mstch::node& view, ContentHasher& hash) {
  return boost::apply_visitor(ViewHasher(hash), view);
}

}  // namespace qala
