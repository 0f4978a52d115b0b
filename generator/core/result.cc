#include "core/result.h"

#include <algorithm>

namespace qala {

void Result::set(std::string path, double value) {
  for (auto& [p, v] : values_) {
    if (p == path) {
      v = value;
      return;
    }
  }
  values_.emplace_back(std::move(path), value);
}

std::optional<double> Result::get(const std::string& path) const {
  for (const auto& [p, v] : values_)
    if (p == path) return v;
  return std::nullopt;
}

std::vector<std::string> Result::children(const std::string& prefix) const {
  std::vector<std::string> out;
  std::string head = prefix + "/";
  for (const auto& [p, v] : values_) {
    if (p.rfind(head, 0) != 0) continue;
    std::string rest = p.substr(head.size());
    std::string child = rest.substr(0, rest.find('/'));
    if (std::find(out.begin(), out.end(), child) == out.end()) out.push_back(child);
  }
  return out;
}

}  // namespace qala
