#pragma once
#include <optional>
#include <string>

#include <mstch/mstch.hpp>

#include "core/hash.h"

namespace qala {

/// Feeds a canonical serialisation of `view` (every type tagged, every string and container
/// with its length, map keys in order) into `hash`. Returns false when the view holds a lambda or
/// an object, whose output cannot be known without rendering: such a page is never cached.
bool hash_view(const mstch::node& view, ContentHasher& hash);

}  // namespace qala
