#pragma once
// A view (render/view.h) as the mstch node it stands for, so tests can ask mstch 1.0.2, the
// renderer Qala's compiled one replaced, to render the same data.
#include <mstch/mstch.hpp>

#include "render/view.h"

namespace qala::testing {

inline mstch::node to_mstch(const view::Node& node);

inline mstch::map to_mstch(const view::Map& map) {
  mstch::map out;
  for (const auto& [key, value] : map) out.emplace(key, to_mstch(value));
  return out;
}

inline mstch::node to_mstch(const view::Node& node) {
  return std::visit(
      [](const auto& value) -> mstch::node {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, view::Map>) {
          return to_mstch(value);
        } else if constexpr (std::is_same_v<T, view::Array>) {
          mstch::array out;
          for (const auto& item : value) out.push_back(to_mstch(item));
          return out;
        } else {
          return value;
        }
      },
      node.variant());
}

}  // namespace qala::testing
