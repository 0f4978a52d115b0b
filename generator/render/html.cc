#include "render/html.h"

#include <cctype>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace qala {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  html_escape_append(out, text);
  return out;
}

namespace {

/// Where the next byte to escape is, from `from`: 16 bytes at a time where SSE2 is there (every
/// x86-64), since most of a page's text passes through here and little of it needs escaping.
size_t next_special(const std::string& text, size_t from) {
  const char* data = text.data();
  size_t i = from;
#ifdef __SSE2__
  const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'),
                quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
  for (; i + 16 <= text.size(); i += 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(chunk, amp), _mm_cmpeq_epi8(chunk, lt)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, gt), _mm_cmpeq_epi8(chunk, quot)),
                     _mm_cmpeq_epi8(chunk, apos)));
    if (int mask = _mm_movemask_epi8(hits)) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < text.size(); ++i) {
    char c = data[i];
    if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') return i;
  }
  return text.size();
}

const char* entity_for(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    default:
      return "&#39;";
  }
}

}  // namespace

void html_escape_append(std::string& out, const std::string& text) {
  size_t run = 0;  // start of the bytes not yet appended
  for (size_t i = next_special(text, 0); i < text.size(); i = next_special(text, run)) {
    out.append(text, run, i - run);
    out += entity_for(text[i]);
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
