#include "render/slug.h"

#include <map>

#include "core/error.h"

namespace qala {
namespace {

/// Lower-case Cyrillic letters of Russian and Kazakh and their Latin spelling. Upper-case
/// letters are mapped to these first.
const std::map<char32_t, const char*>& cyrillic_latin() {
  static const std::map<char32_t, const char*> table{
      {U'а', "a"},
      {U'б', "b"},
      {U'в', "v"},
      {U'г', "g"},
      {U'д', "d"},
      {U'е', "e"},
      {U'ё', "yo"},
      {U'ж', "zh"},
      {U'з', "z"},
      {U'и', "i"},
      {U'й', "y"},
      {U'к', "k"},
      {U'л', "l"},
      {U'м', "m"},
      {U'н', "n"},
      {U'о', "o"},
      {U'п', "p"},
      {U'р', "r"},
      {U'с', "s"},
      {U'т', "t"},
      {U'у', "u"},
      {U'ф', "f"},
      {U'х', "kh"},
      {U'ц', "ts"},
      {U'ч', "ch"},
      {U'ш', "sh"},
      {U'щ', "shch"},
      {U'ъ', ""},
      {U'ы', "y"},
      {U'ь', ""},
      {U'э', "e"},
      {U'ю', "yu"},
      {U'я', "ya"},
      // Kazakh letters beyond the Russian alphabet.
      {U'ә', "a"},
      {U'ғ', "gh"},
      {U'қ', "q"},
      {U'ң', "ng"},
      {U'ө', "o"},
      {U'ұ', "u"},
      {U'ү', "u"},
      {U'һ', "h"},
      {U'і', "i"},
  };
  return table;
}

/// The lower-case form of a Cyrillic capital (А-Я, Ё and the Kazakh capitals).
char32_t lower_cyrillic(char32_t c) {
  if (c >= U'А' && c <= U'Я') return c + 0x20;
  if (c == U'Ё') return U'ё';
  switch (c) {
    case U'Ә':
      return U'ә';
    case U'Ғ':
      return U'ғ';
    case U'Қ':
      return U'қ';
    case U'Ң':
      return U'ң';
    case U'Ө':
      return U'ө';
    case U'Ұ':
      return U'ұ';
    case U'Ү':
      return U'ү';
    case U'Һ':
      return U'һ';
    case U'І':
      return U'і';
    default:
      return c;
  }
}

/// The next code point of UTF-8 `text` at `i` (advanced past it); U+FFFD for a bad byte.
char32_t next_code_point(const std::string& text, size_t& i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  int extra = lead < 0x80           ? 0
              : (lead >> 5) == 0x6  ? 1
              : (lead >> 4) == 0xE  ? 2
              : (lead >> 3) == 0x1E ? 3
                                    : -1;
  if (extra < 0 || i + static_cast<size_t>(extra) >= text.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += static_cast<size_t>(extra) + 1;
  return c;
}

}  // namespace

bool is_slug(const std::string& text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && text[i + 1] == '-')) return false;
  }
  return true;
}

std::string slugify(const std::string& text, const SourceLocation& where) {
  std::string out;
  bool pending_dash = false;
  auto append = [&](const std::string& part) {
    if (part.empty()) return;
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += part;
  };
  for (size_t i = 0; i < text.size();) {
    char32_t c = next_code_point(text, i);
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      append(std::string(1, static_cast<char>(c)));
      continue;
    }
    auto it = cyrillic_latin().find(lower_cyrillic(c));
    if (it != cyrillic_latin().end()) {
      append(it->second);  // ъ and ь give "" and join the letters around them
      continue;
    }
    pending_dash = true;  // anything else separates words
  }
  if (out.empty())
    throw InputError(
        where,
        "expected a name with at least one letter or digit to make a slug of, got '" + text + "'");
  return out;
}

std::string slug_from_id(const std::string& id, const SourceLocation& where) {
  if (is_slug(id)) return id;
  std::string suggestion;
  try {
    suggestion = " (for example '" + slugify(id, where) + "')";
  } catch (const InputError&) {
  }
  throw InputError(where, "expected the id '" + id +
                              "' to be a slug: lower-case ASCII letters, digits and single '-' "
                              "inside" +
                              suggestion);
}

}  // namespace qala
