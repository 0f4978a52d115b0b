#pragma once
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace qala::view {

struct Node;

/// The data a page's template is rendered against: text, numbers, flags, lists and maps of them.
/// Views are built for every page of a site, so they are plain values, not the tree of
/// std::map nodes that mstch uses: a map is one sorted vector. Keys are kept in std::string
/// order, so a map is walked in the same order as a std::map (view keys depend on it).
class Map {
 public:
  using Entry = std::pair<std::string, Node>;
  using iterator = std::vector<Entry>::iterator;
  using const_iterator = std::vector<Entry>::const_iterator;

  Map() = default;
  /// Like std::map's: of two entries with the same key, the first is kept.
  Map(std::initializer_list<Entry> entries);

  iterator begin();
  iterator end();
  const_iterator begin() const;
  const_iterator end() const;
  size_t size() const;
  bool empty() const;
  void clear();
  /// Room for `n` entries: a map filled by emplace in key order then never moves its entries.
  void reserve(size_t n);

  iterator find(std::string_view key);
  const_iterator find(std::string_view key) const;
  size_t count(std::string_view key) const;
  /// The value under `key`; throws std::out_of_range when there is none.
  Node& at(std::string_view key);
  const Node& at(std::string_view key) const;

  /// Adds `value` under `key` unless the key is there (then nothing changes), as std::map does.
  std::pair<iterator, bool> emplace(std::string key, Node value);
  /// Adds `value` under `key`, replacing what was there.
  std::pair<iterator, bool> insert_or_assign(std::string key, Node value);
  size_t erase(std::string_view key);
  friend Map merged(Map base, Map over);
  /// The value under `key`, added as null when there is none.
  Node& operator[](std::string key);

 private:
  iterator lower_bound(std::string_view key);
  std::vector<Entry> entries_;
};

using Array = std::vector<Node>;

/// The entries of both maps; where both have a key, `over`'s value. In one pass over the two
/// sorted vectors (a page's view laid over its frame: dozens of keys, thousands of pages).
Map merged(Map base, Map over);

/// One value of a view. What a template prints, tests and iterates, as mstch reads its nodes.
struct Node : std::variant<std::nullptr_t, std::string, int, double, bool, Map, Array> {
  using Variant = std::variant<std::nullptr_t, std::string, int, double, bool, Map, Array>;
  using Variant::Variant;
  Node() : Variant(nullptr) {}
  Node(const char* text) : Variant(std::string(text)) {}
  const Variant& variant() const { return *this; }
};

// Defined here, where Node is complete.
inline Map::iterator Map::begin() { return entries_.begin(); }
inline Map::iterator Map::end() { return entries_.end(); }
inline Map::const_iterator Map::begin() const { return entries_.begin(); }
inline Map::const_iterator Map::end() const { return entries_.end(); }
inline size_t Map::size() const { return entries_.size(); }
inline bool Map::empty() const { return entries_.empty(); }
inline void Map::clear() { entries_.clear(); }
inline void Map::reserve(size_t n) { entries_.reserve(n); }
inline size_t Map::count(std::string_view key) const { return find(key) == end() ? 0 : 1; }

}  // namespace qala::view
