#pragma once
#include <string>
#include <vector>

#include "run/method.h"

namespace qala {

/// The methods a study may name, by name. `builtin_methods()` holds every method Qala ships;
/// each is added by one line in builtin_methods.cc.
class MethodRegistry {
 public:
  void add(MethodInfo info);
  const MethodInfo* find(const std::string& name) const;
  std::vector<std::string> names() const;
  const std::vector<MethodInfo>& all() const { return methods_; }

 private:
  std::vector<MethodInfo> methods_;
};

const MethodRegistry& builtin_methods();

}  // namespace qala
