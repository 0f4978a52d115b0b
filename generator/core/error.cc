#include "core/error.h"

#include <fstream>

#include <fmt/format.h>

namespace qala {

std::string SourceLocation::str() const {
  if (line <= 0) return file;
  if (column <= 0) return fmt::format("{}:{}", file, line);
  return fmt::format("{}:{}:{}", file, line, column);
}

InputError::InputError(SourceLocation where, std::string message)
    : std::runtime_error(where.str() + ": " + message),
      where_(std::move(where)),
      message_(std::move(message)) {}

std::string read_source_line(const std::string& file, int line) {
  std::ifstream in(file, std::ios::binary);
  std::string text;
  for (int i = 1; i <= line && std::getline(in, text); ++i) {
    if (i == line) {
      if (!text.empty() && text.back() == '\r') text.pop_back();
      return text;
    }
  }
  return {};
}

std::string InputError::format() const {
  std::string out = fmt::format("{}: error: {}", where_.str(), message_);
  if (where_.line <= 0) return out;
  std::string text = read_source_line(where_.file, where_.line);
  if (text.empty()) return out;
  out += "\n  " + text;
  if (where_.column > 0) {
    // Tabs are kept so the caret lines up under the same column in a terminal.
    std::string pad;
    // Columns count bytes; the caret needs one space per character, so UTF-8 continuation
    // bytes add nothing.
    for (int i = 0; i + 1 < where_.column && i < static_cast<int>(text.size()); ++i) {
      unsigned char c = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
      if ((c & 0xC0) == 0x80) continue;
      pad += c == '\t' ? '\t' : ' ';
    }
    out += "\n  " + pad + "^";
  }
  return out;
}

}  // namespace qala
