#include "render/html.h"

#include <cctype>

namespace qala {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  html_escape_append(out, text);
  return out;
}

void html_escape_append(std::string& out, const std::string& text) {
  size_t run = 0;  // start of the bytes not yet appended
  for (size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out.append(text, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(text, run, std::string::npos);
}

std::string web_url(const std::string& text) {
  auto starts = [&](const char* scheme) {
    std::string prefix(scheme);
    if (text.size() <= prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
  };
  if (!starts("https://") && !starts("http://")) return "";
  for (unsigned char c : text)
    if (c <= ' ' || c == 0x7f) return "";
  return text;
}

std::string script_safe_json(std::string json) {
  for (size_t at = json.find("</"); at != std::string::npos; at = json.find("</", at + 3))
    json.replace(at, 2, "<\\/");
  return json;
}

}  // namespace qala
