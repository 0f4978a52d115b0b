#include "load/load_util.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/error.h"
#include "core/suggest.h"
#include "load/parse_memo.h"

namespace qala {

void require_utf8_text(const std::string& bytes, const std::string& file) {
  int line = 1, column = 1;
  for (size_t i = 0; i < bytes.size();) {
    auto c = static_cast<unsigned char>(bytes[i]);
    // C0, C1 (overlong forms) and F5..FF never start a UTF-8 sequence.
    size_t length = c < 0x80                 ? 1
                    : c >= 0xC2 && c <= 0xDF ? 2
                    : (c >> 4) == 0xE        ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4
                                             : 0;
    bool ok = length > 0 && i + length <= bytes.size();
    for (size_t k = 1; ok && k < length; ++k)
      ok = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
    if (!ok)
      throw InputError({file, line, column},
                       fmt::format("byte 0x{:02X} is not UTF-8; expected UTF-8 text", c));
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
      throw InputError({file, line, column},
                       fmt::format("control character 0x{:02X}; expected text", c));
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      column += static_cast<int>(length);  // columns count bytes, like the rest of the loader
    }
    i += length;
  }
}

std::string read_named_file(const FileSource& files, const Value& path_value) {
  const std::string& path = path_value.text();
  if (path.find('\\') != std::string::npos)
    throw InputError(path_value.where(),
                     "path '" + path + "' uses '\\'; expected '/' between folders");
  if (!is_safe_relative_path(path))
    throw InputError(path_value.where(),
                     "path '" + path + "' leaves the project; expected a relative path inside it");
  auto bytes = files.read(path);
  if (!bytes) {
    size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
    throw InputError(path_value.where(), "no file '" + path + "' in the project" +
                                             did_you_mean(path, files.list(dir, "")));
  }
  return *bytes;
}

std::string read_listed_file(const FileSource& files, const std::string& path) {
  auto bytes = files.read(path);
  if (!bytes)
    throw InputError({files.display(path), 0, 0},
                     "cannot read this file; expected a regular file inside the project (a link "
                     "leading outside it is refused)");
  return *bytes;
}

Value read_yaml_file(const FileSource& files, const std::string& path) {
  auto bytes = files.read(path);
  if (!bytes) throw InputError({files.display(path), 0, 0}, "file is missing");
  return parse_yaml_remembered(*bytes, files.display(path), files.parse_memo());
}

Localized read_localized(const Value& v, const std::vector<std::string>& languages) {
  if (!v.is_map())
    throw InputError(v.where(),
                     "expected a text in every language, e.g. {en: ..., ru: ..., kk: ...}");
  for (const auto& [lang, text] : v.entries()) {
    if (std::find(languages.begin(), languages.end(), lang) == languages.end()) {
      std::string list;
      for (const auto& l : languages) list += (list.empty() ? "" : ", ") + l;
      throw InputError(v.key_where(lang), "text in language '" + lang +
                                              "', which the site does not have; expected " + list);
    }
  }
  Localized out;
  for (const auto& lang : languages) {
    const Value* text = v.find(lang);
    if (!text) throw InputError(v.where(), "missing the '" + lang + "' text");
    out[lang] = text->text();
  }
  return out;
}

void require_slug(const Value& v, const char* what) {
  const std::string& s = v.text();
  bool ok = !s.empty() && s.front() != '-' && s.back() != '-';
  for (char c : s) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  if (!ok)
    throw InputError(v.where(), std::string("expected ") + what +
                                    " of lower-case letters, digits and '-', found '" + s + "'");
}

const Value& require_map(const Value& v, const char* what) {
  if (!v.is_map()) throw InputError(v.where(), std::string("expected ") + what);
  return v;
}

SourceRef read_source(const Value& v) {
  require_map(v, "a source: {paper: ..., table: ..., page: ...}");
  v.require_keys_in({"paper", "table", "row", "column", "page"});
  SourceRef s;
  if (auto* x = v.find("paper")) s.paper = x->text();
  if (auto* x = v.find("table")) s.table = x->text();
  if (auto* x = v.find("row")) s.row = x->text();
  if (auto* x = v.find("column")) s.column = x->text();
  if (auto* x = v.find("page")) s.page = x->text();
  return s;
}

}  // namespace qala
