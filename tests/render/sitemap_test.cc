// Sitemaps: one per language listing exactly that language's html pages with absolute URLs and
// hreflang alternates, an index naming each, and robots.txt naming the index.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

#include "load/file_source.h"
#include "load/project_loader.h"
#include "render/page_frame.h"
#include "render/render_site.h"
#include "render/sitemap.h"

using namespace qala;

namespace {

SiteConfig three_languages(const std::string& base_url) {
  SiteConfig site;
  site.languages = {"en", "ru", "kk"};
  site.base_url = base_url;
  return site;
}

const Page* find(const std::vector<Page>& files, const std::string& path) {
  for (const auto& file : files)
    if (file.path == path) return &file;
  return nullptr;
}

/// Every `<loc>` of a sitemap, in order.
std::vector<std::string> locs(const std::string& xml) {
  std::vector<std::string> out;
  std::regex loc("<loc>([^<]*)</loc>");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), loc); it != std::sregex_iterator();
       ++it)
    out.push_back((*it)[1]);
  return out;
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("each language's sitemap lists exactly its html pages", "[render][sitemap]") {
  std::vector<Page> pages = {
      {"index.html", ""},           {"en/index.html", ""},         {"ru/index.html", ""},
      {"kk/index.html", ""},        {"en/towns/a/index.html", ""}, {"ru/towns/a/index.html", ""},
      {"assets/site.css", ""},      {"assets/tables.js", ""},      {"en/data/a.csv", ""},
      {"kk/towns/a/index.html", ""}};
  auto files = sitemap_files(pages, three_languages("https://example.kz/qala"));

  const Page* en = find(files, "sitemap-en.xml");
  REQUIRE(en != nullptr);
  // The base gains its missing '/'; the root redirect, assets and non-html files are left out.
  CHECK(locs(en->content) ==
        std::vector<std::string>{"https://example.kz/qala/en/index.html",
                                 "https://example.kz/qala/en/towns/a/index.html"});
  const Page* ru = find(files, "sitemap-ru.xml");
  REQUIRE(ru != nullptr);
  CHECK(locs(ru->content) ==
        std::vector<std::string>{"https://example.kz/qala/ru/index.html",
                                 "https://example.kz/qala/ru/towns/a/index.html"});
  // Each entry names its versions in the three languages plus x-default: 4 links per page.
  CHECK(count(ru->content, "<xhtml:link rel=\"alternate\"") == 8);
  CHECK(count(ru->content,
              "hreflang=\"x-default\" href=\"https://example.kz/qala/en/towns/a/index.html\"") ==
        1);
  CHECK(count(ru->content,
              "hreflang=\"kk\" href=\"https://example.kz/qala/kk/towns/a/index.html\"") == 1);
  CHECK(ru->content.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset", 0) == 0);
  CHECK(count(ru->content, "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"") == 1);
}

TEST_CASE("a page missing in one language has no alternate in it", "[render][sitemap]") {
  std::vector<Page> pages = {{"en/only/index.html", ""}, {"ru/only/index.html", ""}};
  auto files = sitemap_files(pages, three_languages("https://example.kz/"));
  const Page* ru = find(files, "sitemap-ru.xml");
  REQUIRE(ru != nullptr);
  CHECK(count(ru->content, "hreflang=\"kk\"") == 0);
  CHECK(count(ru->content, "hreflang=\"en\"") == 1);
  CHECK(count(ru->content, "hreflang=\"x-default\"") == 1);
  const Page* kk = find(files, "sitemap-kk.xml");
  REQUIRE(kk != nullptr);
  CHECK(locs(kk->content).empty());
}

TEST_CASE("URLs in sitemaps are percent-encoded and XML-escaped", "[render][sitemap]") {
  std::vector<Page> pages = {{"en/a&b/index.html", ""}, {"en/c d/ä<x>.html", ""}};
  auto files = sitemap_files(pages, three_languages("https://example.kz/?site=1&v=2/"));
  const Page* en = find(files, "sitemap-en.xml");
  REQUIRE(en != nullptr);
  // '&' may stay in a URL path but not raw in XML; ' ', 'ä' (C3 A4), '<', '>' are encoded.
  CHECK(locs(en->content) ==
        std::vector<std::string>{"https://example.kz/?site=1&amp;v=2/en/a&amp;b/index.html",
                                 "https://example.kz/?site=1&amp;v=2/en/c%20d/%C3%A4%3Cx%3E.html"});
  CHECK(count(en->content, "&v") == 0);
  CHECK(xml_escape("<a href=\"x\">'&'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  CHECK(url_encode_path("ru/Қала/index.html") == "ru/%D2%9A%D0%B0%D0%BB%D0%B0/index.html");
}

TEST_CASE("the sitemap index lists each language's sitemap and robots.txt names it",
          "[render][sitemap]") {
  std::vector<Page> pages = {{"en/index.html", ""}, {"ru/index.html", ""}, {"kk/index.html", ""}};
  auto files = sitemap_files(pages, three_languages("https://example.kz/"));
  const Page* index = find(files, "sitemap.xml");
  REQUIRE(index != nullptr);
  CHECK(count(index->content,
              "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">") == 1);
  CHECK(locs(index->content) == std::vector<std::string>{"https://example.kz/sitemap-en.xml",
                                                         "https://example.kz/sitemap-ru.xml",
                                                         "https://example.kz/sitemap-kk.xml"});
  const Page* robots = find(files, "robots.txt");
  REQUIRE(robots != nullptr);
  CHECK(robots->content == "User-agent: *\nAllow: /\n\nSitemap: https://example.kz/sitemap.xml\n");
  CHECK(files.size() == 5);
}

TEST_CASE("a base_url that is not absolute gives no sitemaps", "[render][sitemap]") {
  std::vector<Page> pages = {{"en/index.html", ""}};
  CHECK(sitemap_files(pages, three_languages("/")).empty());
  CHECK(sitemap_files(pages, three_languages("")).empty());
}

TEST_CASE("the shipped site's sitemaps list every html page of each language",
          "[render][sitemap]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  REQUIRE(project.site.base_url.rfind("https://", 0) == 0);
  std::vector<Page> pages = render_site(project, RunResults{}, CheckReport{});
  std::string base = project.site.base_url;
  if (base.back() != '/') base += '/';

  for (const auto& lang : project.site.languages) {
    INFO(lang);
    std::set<std::string> expected;
    for (const auto& page : pages)
      if (page.path.rfind(lang + "/", 0) == 0 && page.path.size() > 5 &&
          page.path.compare(page.path.size() - 5, 5, ".html") == 0)
        expected.insert(base + page.path);
    const Page* map = find(pages, "sitemap-" + lang + ".xml");
    REQUIRE(map != nullptr);
    std::vector<std::string> listed = locs(map->content);
    CHECK(std::set<std::string>(listed.begin(), listed.end()) == expected);
    CHECK(listed.size() == expected.size());
    CHECK(expected.size() > 3);
    // Every page names its version in each language and x-default.
    CHECK(count(map->content, "<xhtml:link") == expected.size() * 4);
  }
  REQUIRE(find(pages, "sitemap.xml") != nullptr);
  REQUIRE(find(pages, "robots.txt") != nullptr);
}

TEST_CASE("every page's head names its version in each language and x-default",
          "[render][sitemap]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  std::vector<Page> pages = render_site(project, RunResults{}, CheckReport{});
  const std::string& default_lang = project.site.languages.front();
  size_t checked = 0;
  for (const auto& page : pages) {
    const auto slash = page.path.find('/');
    if (slash == std::string::npos || page.path.rfind(".html") != page.path.size() - 5) continue;
    const std::string lang = page.path.substr(0, slash);
    if (std::find(project.site.languages.begin(), project.site.languages.end(), lang) ==
        project.site.languages.end())
      continue;
    INFO(page.path);
    const std::string rel = page.path.substr(slash + 1);
    const std::string head = page.content.substr(0, page.content.find("</head>"));
    const std::string up = root_prefix(page.path);
    for (const auto& other : project.site.languages)
      CHECK(count(head, "<link rel=\"alternate\" hreflang=\"" + other + "\" href=\"" + up + other +
                            "/" + rel + "\">") == 1);
    CHECK(count(head, "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + up + default_lang +
                          "/" + rel + "\">") == 1);
    ++checked;
  }
  CHECK(checked > 20);
}
