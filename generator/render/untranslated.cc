#include "render/untranslated.h"

#include <cctype>

#include "render/html.h"

namespace qala {
namespace {

// U+E000, U+E001, U+E002 (private use): open, end of the language code, close.
constexpr const char* kOpen = "\xEE\x80\x80";
constexpr const char* kLangEnd = "\xEE\x80\x81";
constexpr const char* kClose = "\xEE\x80\x82";
constexpr size_t kMarkSize = 3;

bool starts_at(const std::string& text, size_t at, const char* part) {
  return text.compare(at, kMarkSize, part) == 0;
}

/// The marked text starting at `at` (which holds kOpen): its language and text, and where the
/// mark ends. False for a mark that is not closed (left as it is).
bool read_mark(const std::string& text, size_t at, std::string* lang, std::string* inner,
               size_t* end) {
  size_t lang_end = text.find(kLangEnd, at + kMarkSize);
  if (lang_end == std::string::npos) return false;
  size_t close = text.find(kClose, lang_end + kMarkSize);
  if (close == std::string::npos) return false;
  *lang = text.substr(at + kMarkSize, lang_end - at - kMarkSize);
  *inner = text.substr(lang_end + kMarkSize, close - lang_end - kMarkSize);
  *end = close + kMarkSize;
  return true;
}

std::string lower_tag_name(const std::string& html, size_t from) {
  std::string name;
  while (from < html.size() && std::isalnum(static_cast<unsigned char>(html[from])))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[from++])));
  return name;
}

/// Elements whose content may hold text but no <span>.
bool is_plain_text_element(const std::string& name) {
  return name == "title" || name == "option" || name == "textarea" || name == "svg";
}

/// Where `<main ...>` (else `<body ...>`) ends, or npos.
size_t after_opening_tag(const std::string& html) {
  for (const char* tag : {"<main", "<body"}) {
    size_t at = html.find(tag);
    while (at != std::string::npos) {
      char next = at + std::char_traits<char>::length(tag) < html.size()
                      ? html[at + std::char_traits<char>::length(tag)]
                      : '\0';
      if (next == '>' || next == ' ' || next == '\n') break;
      at = html.find(tag, at + 1);
    }
    if (at == std::string::npos) continue;
    size_t end = html.find('>', at);
    if (end != std::string::npos) return end + 1;
  }
  return std::string::npos;
}

}  // namespace

void FallbackLog::warn(const std::string& message) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (seen_.insert(message).second) warnings_.push_back(message);
}

std::vector<std::string> FallbackLog::warnings() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return {seen_.begin(), seen_.end()};
}

std::string mark_fallback(const std::string& text, const std::string& lang) {
  return kOpen + lang + kLangEnd + text + kClose;
}

std::string resolve_fallback_marks(const std::string& html, const std::string& badge_html) {
  if (html.find(kOpen) == std::string::npos) return html;
  std::string out;
  out.reserve(html.size() + 256);
  bool in_tag = false;
  char quote = 0;
  int plain_depth = 0;
  size_t i = 0;
  while (i < html.size()) {
    std::string lang, inner;
    size_t end = 0;
    if (starts_at(html, i, kOpen) && read_mark(html, i, &lang, &inner, &end)) {
      if (in_tag || plain_depth > 0)
        out += inner;
      else
        out += "<span lang=\"" + html_escape(lang) + "\" class=\"untranslated-text\">" + inner +
               "</span>";
      i = end;
      continue;
    }
    char c = html[i];
    if (in_tag) {
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        in_tag = false;
      }
      out += c;
      ++i;
      continue;
    }
    if (c == '<') {
      bool closing = i + 1 < html.size() && html[i + 1] == '/';
      std::string name = lower_tag_name(html, i + (closing ? 2 : 1));
      if (!closing && (name == "script" || name == "style")) {
        // Raw text up to the closing tag: copied with marks stripped, never parsed as tags.
        size_t close = html.find("</" + name, i);
        if (close == std::string::npos) close = html.size();
        out += strip_fallback_marks(html.substr(i, close - i));
        i = close;
        if (i < html.size()) {
          out += "</";
          i += 2;
        }
        in_tag = i < html.size();
        continue;
      }
      if (is_plain_text_element(name)) {
        if (closing && plain_depth > 0) --plain_depth;
        if (!closing) ++plain_depth;
      }
      in_tag = !name.empty() || (i + 1 < html.size() && html[i + 1] == '!');
    }
    out += c;
    ++i;
  }
  size_t at = after_opening_tag(out);
  if (at != std::string::npos) out.insert(at, badge_html);
  return out;
}

std::string strip_fallback_marks(const std::string& text) {
  if (text.find(kOpen) == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    std::string lang, inner;
    size_t end = 0;
    if (starts_at(text, i, kOpen) && read_mark(text, i, &lang, &inner, &end)) {
      out += inner;
      i = end;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::string untranslated_badge_html(const std::string& label) {
  return "<p class=\"untranslated-badge\" role=\"note\">" + html_escape(label) + "</p>";
}

std::string untranslated_block_html(const std::string& html, const std::string& lang,
                                    const std::string& label) {
  return "<div class=\"untranslated\">" + untranslated_badge_html(label) + "<div lang=\"" +
         html_escape(lang) + "\">\n" + html + "</div></div>\n";
}

}  // namespace qala
