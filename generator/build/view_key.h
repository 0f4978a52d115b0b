#pragma once
#include <optional>
#include <string>

#include "render/view.h"

#include "core/hash.h"

namespace qala {

/// Feeds a canonical serialisation of `view` (every type tagged, every string and container
/// with its length, map keys in order) into `hash`.
void hash_view(const view::Node& view, ContentHasher& hash);

}  // namespace qala
