#pragma once
#include <string>
#include <vector>

namespace qala::mustache {

/// One piece of a template as mstch 1.0.2 splits it: a tag, or a run of text that ends at a
/// newline (inclusive) or where the next tag starts.
struct Token {
  enum class Type {
    text,
    variable,            // {{x}}
    unescaped_variable,  // {{{x}}} or {{&x}}
    section_open,        // {{#x}}
    inverted_open,       // {{^x}}
    section_close,       // {{/x}}
    comment,             // {{!x}}
    partial,             // {{>x}}
  };
  Type type = Type::text;
  std::string raw;       // the bytes as written (text, or the whole tag)
  std::string name;      // a tag's name, trimmed of spaces
  bool eol = false;      // text ending in '\n', or the empty text after a tag that ends the file
  bool ws_only = false;  // text of ' ', '\t', '\r' and '\n' only (the empty text too)
  std::string partial_prefix;  // a standalone partial's indentation

  static Token text_token(std::string raw);
};

/// `text` split into tokens, then standalone lines removed: a line (ended by an eol token) that
/// holds a section, comment or partial tag and otherwise only whitespace text loses its
/// whitespace text, and a partial on it keeps the whitespace before it as its indentation.
/// Throws std::runtime_error for a change of delimiters ({{=<% %>=}}), which Qala rejects.
std::vector<Token> tokenize_template(const std::string& text);

}  // namespace qala::mustache
