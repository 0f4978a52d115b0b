#pragma once
#include <optional>
#include <string>

#include "core/value.h"

namespace qala {

/// Trees that earlier builds parsed, by file name and bytes. yaml-cpp spends about 200 ns on a
/// byte, most of the load step at scale, so a rebuild parses only the YAML files that changed.
/// The build step keeps one in its cache; the loader only asks and tells.
class ParseMemo {
 public:
  virtual ~ParseMemo() = default;
  /// The tree that `bytes`, named `file`, parsed to before; nothing when not remembered.
  virtual std::optional<Value> find(const std::string& file, const std::string& bytes) const = 0;
  /// Remembers what `bytes`, named `file`, parsed to. Called from several threads.
  virtual void keep(const std::string& file, const std::string& bytes, const Value& tree) const = 0;
};

/// parse_yaml(bytes, file), through `memo` when there is one. A file that does not parse is never
/// remembered, so its error is reported on every build.
Value parse_yaml_remembered(const std::string& bytes, const std::string& file,
                            const ParseMemo* memo);

}  // namespace qala
