#pragma once
#include <string>

#include "core/source_location.h"

namespace qala {

/// True when `text` is a slug: only [a-z0-9-], not empty, no leading, trailing or doubled '-'.
bool is_slug(const std::string& text);

/// An ASCII slug of a UTF-8 name in Russian or Kazakh Cyrillic or Latin letters: Cyrillic is
/// transliterated (ж -> zh, ш -> sh, щ -> shch, ә -> a, ғ -> gh, қ -> q, ң -> ng, ө -> o,
/// ұ/ү -> u, һ -> h, і -> i, ъ and ь dropped), Latin letters are lowered, anything else becomes
/// one '-' between words. Throws InputError at `where` when nothing usable is left.
std::string slugify(const std::string& text, const SourceLocation& where);

/// The slug of an entity whose id is already meant to be one (town ids such as "zhanaozen"):
/// the id itself, checked. Throws InputError at `where` naming the id and the slugified
/// suggestion when it is not a valid slug.
std::string slug_from_id(const std::string& id, const SourceLocation& where);

}  // namespace qala
