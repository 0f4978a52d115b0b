#include "run/method_registry.h"

namespace qala {

void MethodRegistry::add(MethodInfo info) { methods_.push_back(std::move(info)); }

const MethodInfo* MethodRegistry::find(const std::string& name) const {
  for (const auto& m : methods_)
    if (m.name == name) return &m;
  return nullptr;
}

std::vector<std::string> MethodRegistry::names() const {
  std::vector<std::string> out;
  for (const auto& m : methods_) out.push_back(m.name);
  return out;
}

}  // namespace qala
