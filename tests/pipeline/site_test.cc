// The shipped project built into a temporary folder: three languages, linked to each other.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/link_check.h"
#include "support/run_command.h"

using namespace qala::testing;
namespace fs = std::filesystem;

TEST_CASE("the site exists in en, ru and kk, each page linked to its translations", "[cli][site]") {
  TempDir dir;
  std::string site = dir.path() + "/_site";
  auto r =
      run_command(std::string(QALA_BINARY) + " build --root " + QALA_SOURCE_DIR + " --out " + site);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Site written to") != std::string::npos);

  const std::vector<std::string> languages{"en", "ru", "kk"};
  const std::vector<std::string> pages{"index.html", "studies/karaganda-2021/index.html",
                                       "reproducibility/index.html", "methods/index.html",
                                       "methods/regression/index.html"};
  for (const auto& lang : languages) {
    for (const auto& page : pages) {
      std::string path = site + "/" + lang + "/" + page;
      INFO(path);
      REQUIRE(fs::exists(path));
      std::string html = read_file(path);
      CHECK(html.find("<html lang=\"" + lang + "\"") != std::string::npos);
      auto hreflangs = attribute_values(html, "hreflang");
      for (const auto& other : languages)
        CHECK(std::find(hreflangs.begin(), hreflangs.end(), other) != hreflangs.end());
      // The switcher and the alternates lead to the same page in every other language.
      auto links = attribute_values(html, "href");
      std::string depth;
      for (char c : page) depth += c == '/' ? "../" : "";
      for (const auto& other : languages) {
        std::string same_page = "../" + depth + other + "/" + page;
        bool linked = std::find(links.begin(), links.end(), same_page) != links.end() ||
                      std::find(links.begin(), links.end(),
                                same_page.substr(0, same_page.size() - 10)) != links.end();
        CHECK(linked);
      }
    }
  }
  // Russian and Kazakh pages print the decimal comma: R^2 of Figure 9.
  CHECK(read_file(site + "/ru/studies/karaganda-2021/index.html").find("0,812194727") !=
        std::string::npos);
  auto broken = broken_internal_links(site);
  INFO(broken.size() << " broken, first: " << (broken.empty() ? "" : broken.front()));
  CHECK(broken.empty());
}
