#pragma once
#include <optional>
#include <string>

#include "render/view.h"

#include "core/hash.h"

namespace qala {

/// Feeds a canonical serialisation of `view` (every type tagged, every string and container
/// with its length, map keys in order) into `hash`.
void hash_view(const view::Node& view, ContentHasher& hash);
/// The same for a map, without first copying it into a Node (a page's whole view).
void hash_view(const view::Map& view, ContentHasher& hash);

}  // namespace qala
