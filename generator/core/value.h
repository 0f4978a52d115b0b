#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/source_location.h"

namespace qala {

/// A parameter tree read from a study file, with the place each node came from. It lets steps
/// after the loader read parameters and report errors at the right line without seeing YAML.
class Value {
 public:
  enum class Kind { kNull, kScalar, kList, kMap };

  Value() = default;
  /// An empty value (`key:` or `~`) that still knows where it was written.
  static Value null(SourceLocation where);
  static Value scalar(std::string text, SourceLocation where);
  static Value list(std::vector<Value> items, SourceLocation where);
  static Value map(std::vector<std::pair<std::string, Value>> entries, SourceLocation where,
                   std::vector<SourceLocation> key_locations = {});

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_scalar() const { return kind_ == Kind::kScalar; }
  bool is_list() const { return kind_ == Kind::kList; }
  bool is_map() const { return kind_ == Kind::kMap; }
  const SourceLocation& where() const { return where_; }

  /// Scalar text; throws InputError ("expected a text") for other kinds.
  const std::string& text() const;
  /// Scalar as a number written with a decimal point; throws InputError otherwise.
  double number() const;
  /// Scalar as a whole number; throws InputError otherwise.
  long integer() const;
  bool boolean() const;

  const std::vector<Value>& items() const;
  const std::vector<std::pair<std::string, Value>>& entries() const;
  /// Map member or nullptr.
  const Value* find(const std::string& key) const;
  /// Map member; throws InputError naming the missing key when absent.
  const Value& at(const std::string& key) const;
  std::vector<std::string> keys() const;
  /// Where the key of map entry `key` is written (the map's own place when unknown).
  const SourceLocation& key_where(const std::string& key) const;
  /// Where the key of the map's `index`-th entry is written (the map's own place when unknown).
  const SourceLocation& key_where_at(size_t index) const;

  /// Throws InputError at the first key not in `allowed`, with a "did you mean" hint.
  void require_keys_in(const std::vector<std::string>& allowed) const;

  /// A canonical text form (sorted keys, no locations) used to hash parameters.
  std::string canonical() const;

 private:
  Kind kind_ = Kind::kNull;
  SourceLocation where_;
  std::string text_;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> entries_;
  std::vector<SourceLocation> key_locations_;
};

}  // namespace qala
