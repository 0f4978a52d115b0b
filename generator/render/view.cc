#include "render/view.h"

#include <stdexcept>

namespace qala::view {

namespace {

/// std::string's order, deciding on the first byte where it can: templates look names up in
/// every map of their context, and most keys differ there.
bool key_less(std::string_view a, std::string_view b) {
  if (!a.empty() && !b.empty() && a[0] != b[0])
    return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
  return a < b;
}

}  // namespace

Map::Map(std::initializer_list<Entry> entries) {
  // Sorts positions, not entries (an entry is a string and a node; views list a few dozen),
  // by insertion, which keeps the first of two alike first; then copies each entry once.
  const Entry* items = entries.begin();
  std::vector<unsigned> order(entries.size());
  for (unsigned i = 0; i < order.size(); ++i) {
    unsigned at = i;
    while (at > 0 && key_less(items[i].first, items[order[at - 1]].first)) {
      order[at] = order[at - 1];
      --at;
    }
    order[at] = i;
  }
  entries_.reserve(order.size());
  for (unsigned i : order)
    if (entries_.empty() || entries_.back().first != items[i].first) entries_.push_back(items[i]);
}

Map::iterator Map::lower_bound(std::string_view key) {
  return std::lower_bound(
      entries_.begin(), entries_.end(), key,
      [](const Entry& entry, std::string_view k) { return key_less(entry.first, k); });
}

Map::iterator Map::find(std::string_view key) {
  auto it = lower_bound(key);
  return it != entries_.end() && it->first == key ? it : entries_.end();
}

Map::const_iterator Map::find(std::string_view key) const {
  return const_cast<Map*>(this)->find(key);
}

Node& Map::at(std::string_view key) {
  auto it = find(key);
  if (it == entries_.end()) throw std::out_of_range("view has no '" + std::string(key) + "'");
  return it->second;
}

const Node& Map::at(std::string_view key) const { return const_cast<Map*>(this)->at(key); }

std::pair<Map::iterator, bool> Map::emplace(std::string key, Node value) {
  auto it = lower_bound(key);
  if (it != entries_.end() && it->first == key) return {it, false};
  return {entries_.emplace(it, std::move(key), std::move(value)), true};
}

std::pair<Map::iterator, bool> Map::insert_or_assign(std::string key, Node value) {
  auto it = lower_bound(key);
  if (it != entries_.end() && it->first == key) {
    it->second = std::move(value);
    return {it, false};
  }
  return {entries_.emplace(it, std::move(key), std::move(value)), true};
}

Node& Map::operator[](std::string key) { return emplace(std::move(key), Node()).first->second; }

size_t Map::erase(std::string_view key) {
  auto it = find(key);
  if (it == entries_.end()) return 0;
  entries_.erase(it);
  return 1;
}

Map merged(Map base, Map over) {
  Map out;
  out.entries_.reserve(base.size() + over.size());
  auto a = base.entries_.begin(), b = over.entries_.begin();
  while (a != base.entries_.end() || b != over.entries_.end()) {
    if (b == over.entries_.end() || (a != base.entries_.end() && a->first < b->first)) {
      out.entries_.push_back(std::move(*a++));
    } else {
      if (a != base.entries_.end() && a->first == b->first) ++a;
      out.entries_.push_back(std::move(*b++));
    }
  }
  return out;
}

}  // namespace qala::view
