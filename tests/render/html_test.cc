#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "render/html.h"

using namespace qala;

TEST_CASE("html_escape writes the five special characters as entities", "[render]") {
  CHECK(html_escape("") == "");
  CHECK(html_escape("Temirtau") == "Temirtau");
  CHECK(html_escape(R"(a<b & "c" 'd'>)") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  CHECK(html_escape("Қарағанды — 16 & 17 <sup>") == "Қарағанды — 16 &amp; 17 &lt;sup&gt;");
}

TEST_CASE("html_escape agrees with a byte-by-byte reference at every length and position",
          "[render]") {
  // The scan reads 16 bytes at a time; specials at chunk edges and in the tail must not slip.
  auto reference = [](const std::string& text) {
    std::string out;
    for (char c : text) {
      if (c == '&')
        out += "&amp;";
      else if (c == '<')
        out += "&lt;";
      else if (c == '>')
        out += "&gt;";
      else if (c == '"')
        out += "&quot;";
      else if (c == '\'')
        out += "&#39;";
      else
        out += c;
    }
    return out;
  };
  std::mt19937 random(11);
  const std::string alphabet = "ab &<>\"'\xD0\x9A";
  std::string first_difference;
  for (int length = 0; length <= 70 && first_difference.empty(); ++length)
    for (int trial = 0; trial < 200; ++trial) {
      std::string text;
      for (int i = 0; i < length; ++i)
        text += alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(random)];
      std::string appended = "x";
      html_escape_append(appended, text);
      if (html_escape(text) != reference(text) || appended != "x" + reference(text)) {
        first_difference = text;
        break;
      }
    }
  CHECK(first_difference == "");
}
