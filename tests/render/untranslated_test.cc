// Fallback marks: resolved to lang spans in element content, to bare text where a span is not
// allowed (attributes, <title>, <option>, SVG, scripts), stripped from non-HTML files.
#include <catch2/catch.hpp>

#include "render/untranslated.h"

using namespace qala;

TEST_CASE("fallback marks become lang spans only where HTML allows them", "[render][fallback]") {
  std::string en = mark_fallback("Rank", "en");
  std::string page = "<html><head><title>" + en + " | Qala</title></head><body><main id=\"m\">" +
                     "<h2 aria-label=\"" + en + "\">" + en + "</h2><select><option>" + en +
                     "</option></select><svg><title>" + en + "</title></svg><p>" + en +
                     "</p><script>var a = 1 < 2 ? '" + en + "' : '';</script></main></body></html>";
  std::string badge = "<p class=\"untranslated-badge\">B</p>";
  std::string want =
      "<html><head><title>Rank | Qala</title></head><body><main id=\"m\">" + badge +
      "<h2 aria-label=\"Rank\"><span lang=\"en\" class=\"untranslated-text\">Rank</span></h2>"
      "<select><option>Rank</option></select><svg><title>Rank</title></svg><p><span lang=\"en\" "
      "class=\"untranslated-text\">Rank</span></p><script>var a = 1 < 2 ? 'Rank' : "
      "'';</script></main></body></html>";
  CHECK(resolve_fallback_marks(page, badge) == want);
  // Without marks nothing changes, not even the badge.
  CHECK(resolve_fallback_marks("<main><p>x</p></main>", badge) == "<main><p>x</p></main>");
  CHECK(strip_fallback_marks("a," + en + ",b") == "a,Rank,b");
}

TEST_CASE("the fallback log keeps each warning once, in order", "[render][fallback]") {
  FallbackLog log;
  log.warn("b");
  log.warn("a");
  log.warn("b");
  CHECK(log.warnings() == std::vector<std::string>{"a", "b"});  // each once, sorted
}
