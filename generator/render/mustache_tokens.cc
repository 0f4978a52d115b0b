#include "render/mustache_tokens.h"

#include <stdexcept>

namespace qala::mustache {
namespace {

constexpr size_t kDelimiter = 2;  // "{{" and "}}": Qala never changes them

/// The byte at `at`, or '\0' past the end (where mstch reads the string's terminator).
char byte_at(const std::string& text, size_t at) { return at < text.size() ? text[at] : '\0'; }

/// mstch trims tag names of spaces only; [begin, end) may come out empty or reversed for a tag
/// with no name (mstch then fails), which check_template rejects before.
std::string slice(const std::string& s, size_t begin, size_t end) {
  return begin < end ? s.substr(begin, end - begin) : std::string();
}

size_t first_non_space(const std::string& s, size_t begin, size_t end) {
  while (begin < end && s[begin] == ' ') ++begin;
  return begin;
}

/// One past the last non-space in [begin, end), or `begin` when there is none.
size_t end_of_non_space(const std::string& s, size_t begin, size_t end) {
  while (end > begin && s[end - 1] == ' ') --end;
  return end;
}

Token::Type type_of_sigil(char c) {
  switch (c) {
    case '>':
      return Token::Type::partial;
    case '^':
      return Token::Type::inverted_open;
    case '/':
      return Token::Type::section_close;
    case '&':
      return Token::Type::unescaped_variable;
    case '#':
      return Token::Type::section_open;
    case '!':
      return Token::Type::comment;
    default:
      return Token::Type::variable;
  }
}

/// A tag `raw` ("{{...}}" or "{{{...}}}"): its type and name as mstch reads them.
Token tag_token(std::string raw) {
  Token token;
  token.raw = std::move(raw);
  const std::string& s = token.raw;
  const size_t inner_end = s.size() - kDelimiter;  // where the closing "}}" starts
  if (s[kDelimiter] == '{' && s[inner_end - 1] == '}') {
    token.type = Token::Type::unescaped_variable;
    token.name = slice(s, first_non_space(s, kDelimiter + 1, inner_end),
                       end_of_non_space(s, kDelimiter, inner_end - 1));
    return token;
  }
  size_t first = first_non_space(s, kDelimiter, inner_end);
  token.type = type_of_sigil(s[first]);
  if (token.type != Token::Type::variable) first = first_non_space(s, first + 1, inner_end);
  token.name = slice(s, first, end_of_non_space(s, kDelimiter, inner_end));
  return token;
}

/// Text [begin, end) as tokens, each ending at a newline or at `end`.
void add_text(const std::string& text, size_t begin, size_t end, std::vector<Token>& tokens) {
  size_t start = begin;
  for (size_t at = begin; at < end; ++at)
    if (text[at] == '\n' || at + 1 == end) {
      tokens.push_back(Token::text_token(text.substr(start, at + 1 - start)));
      start = at + 1;
    }
}

std::vector<Token> split(const std::string& text) {
  std::vector<Token> tokens;
  size_t at = 0;
  while (at < text.size()) {
    size_t open = text.find("{{", at);
    size_t close = open == std::string::npos ? open : text.find("}}", open + 1);
    if (open == std::string::npos || close == std::string::npos) {
      add_text(text, at, text.size(), tokens);
      break;
    }
    // "{{{" ... "}}}": the third brace belongs to the tag.
    if (byte_at(text, open + kDelimiter) == '{' && byte_at(text, close + kDelimiter) == '}')
      ++close;
    if (byte_at(text, open + kDelimiter) == '=' && text[close - 1] == '=')
      throw std::runtime_error("changing the Mustache delimiters is not supported");
    add_text(text, at, open, tokens);
    at = close + kDelimiter;
    tokens.push_back(tag_token(text.substr(open, at - open)));
    // A tag that ends the file ends its line, so that line can be standalone.
    if (at == text.size()) {
      tokens.push_back(Token::text_token(""));
      tokens.back().eol = true;
    }
  }
  return tokens;
}

bool is_tag_for_standalone(Token::Type type) {
  return type != Token::Type::text && type != Token::Type::variable &&
         type != Token::Type::unescaped_variable;
}

/// Removes the whitespace text of standalone lines, as mstch's strip_whitespace does.
void strip_standalone_lines(std::vector<Token>& tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  size_t line_start = 0;  // in `tokens`
  bool has_tag = false, non_space = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (is_tag_for_standalone(tokens[i].type))
      has_tag = true;
    else if (!tokens[i].ws_only)
      non_space = true;
    if (!tokens[i].eol) continue;
    bool standalone = has_tag && !non_space;
    for (size_t k = line_start; k <= i; ++k) {
      Token& token = tokens[k];
      if (standalone && token.type == Token::Type::partial && k != line_start &&
          tokens[k - 1].ws_only)
        token.partial_prefix = tokens[k - 1].raw;
    }
    for (size_t k = line_start; k <= i; ++k)
      if (!standalone || !tokens[k].ws_only) out.push_back(std::move(tokens[k]));
    has_tag = non_space = false;
    line_start = i + 1;
  }
  // The last line, without a newline, is never standalone.
  for (size_t k = line_start; k < tokens.size(); ++k) out.push_back(std::move(tokens[k]));
  tokens = std::move(out);
}

}  // namespace

Token Token::text_token(std::string raw) {
  Token token;
  token.raw = std::move(raw);
  token.eol = !token.raw.empty() && token.raw.back() == '\n';
  token.ws_only = token.raw.find_first_not_of(" \r\n\t") == std::string::npos;
  return token;
}

std::vector<Token> tokenize_template(const std::string& text) {
  std::vector<Token> tokens = split(text);
  strip_standalone_lines(tokens);
  return tokens;
}

}  // namespace qala::mustache
