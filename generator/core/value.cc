#include "core/value.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/error.h"
#include "core/suggest.h"

namespace qala {

Value Value::null(SourceLocation where) {
  Value v;
  v.where_ = std::move(where);
  return v;
}

Value Value::scalar(std::string text, SourceLocation where) {
  Value v;
  v.kind_ = Kind::kScalar;
  v.text_ = std::move(text);
  v.where_ = std::move(where);
  return v;
}

Value Value::list(std::vector<Value> items, SourceLocation where) {
  Value v;
  v.kind_ = Kind::kList;
  v.items_ = std::move(items);
  v.where_ = std::move(where);
  return v;
}

Value Value::map(std::vector<std::pair<std::string, Value>> entries, SourceLocation where,
                 std::vector<SourceLocation> key_locations) {
  Value v;
  v.kind_ = Kind::kMap;
  v.entries_ = std::move(entries);
  v.key_locations_ = std::move(key_locations);
  v.where_ = std::move(where);
  return v;
}

const std::string& Value::text() const {
  if (is_null()) throw InputError(where_, "empty value; expected a text here");
  if (!is_scalar()) throw InputError(where_, "expected a text value here");
  return text_;
}

double Value::number() const {
  const std::string& t = text();
  double out = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(out)) {
    std::string hint =
        t.find(',') != std::string::npos ? " (use a decimal point, not a comma)" : "";
    throw InputError(where_, "expected a number, found '" + t + "'" + hint);
  }
  return out;
}

long Value::integer() const {
  const std::string& t = text();
  long out = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), out);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size())
    throw InputError(where_, "expected a whole number, found '" + t + "'");
  return out;
}

bool Value::boolean() const {
  const std::string& t = text();
  if (t == "true" || t == "yes") return true;
  if (t == "false" || t == "no") return false;
  throw InputError(where_, "expected true or false, found '" + t + "'");
}

const std::vector<Value>& Value::items() const {
  if (!is_list()) throw InputError(where_, "expected a list here");
  return items_;
}

const std::vector<std::pair<std::string, Value>>& Value::entries() const {
  if (!is_map()) throw InputError(where_, "expected a mapping (key: value) here");
  return entries_;
}

const Value* Value::find(const std::string& key) const {
  if (!is_map()) return nullptr;
  for (const auto& [k, v] : entries_)
    if (k == key) return &v;
  return nullptr;
}

const Value& Value::at(const std::string& key) const {
  entries();  // throws when not a map
  if (const Value* v = find(key)) return *v;
  throw InputError(where_, "missing required key '" + key + "'");
}

std::vector<std::string> Value::keys() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : entries_) out.push_back(k);
  return out;
}

const SourceLocation& Value::key_where(const std::string& key) const {
  for (size_t i = 0; i < entries_.size() && i < key_locations_.size(); ++i)
    if (entries_[i].first == key) return key_locations_[i];
  return where_;
}

const SourceLocation& Value::key_where_at(size_t index) const {
  return index < key_locations_.size() ? key_locations_[index] : where_;
}

void Value::require_keys_in(const std::vector<std::string>& allowed) const {
  for (const auto& [k, v] : entries()) {
    if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
      std::string hint = did_you_mean(k, allowed);
      if (hint.empty()) {
        hint = "; expected one of";
        for (const auto& a : allowed) hint += (&a == &allowed.front() ? " " : ", ") + a;
      }
      throw InputError(key_where(k), "unknown key '" + k + "'" + hint);
    }
  }
}

std::string Value::canonical() const {
  switch (kind_) {
    case Kind::kNull:
      return "~";
    case Kind::kScalar:
      return "'" + text_ + "'";
    case Kind::kList: {
      std::string out = "[";
      for (const auto& item : items_) out += item.canonical() + ",";
      return out + "]";
    }
    case Kind::kMap: {
      auto sorted = entries_;
      std::sort(sorted.begin(), sorted.end(),
                [](const auto& a, const auto& b) { return a.first < b.first; });
      std::string out = "{";
      for (const auto& [k, v] : sorted) out += k + ":" + v.canonical() + ",";
      return out + "}";
    }
  }
  return {};
}

}  // namespace qala
