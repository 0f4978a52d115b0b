#include "render/sitemap.h"
#include "render/html.h"

#include <algorithm>
#include <set>

namespace qala {
namespace {

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string with_trailing_slash(std::string base) {
  if (!ends_with(base, "/")) base += '/';
  return base;
}

std::string absolute(const std::string& base, const std::string& path) {
  return xml_escape(base + url_encode_path(path));
}

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// One `<url>` entry: the page and its versions in every language it exists in.
std::string url_entry(const std::string& base, const std::string& lang, const std::string& rel,
                      const SiteConfig& site, const std::set<std::string>& paths) {
  std::string out = "  <url>\n    <loc>" + absolute(base, lang + "/" + rel) + "</loc>\n";
  auto alternate = [&](const std::string& hreflang, const std::string& path) {
    out += "    <xhtml:link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" +
           absolute(base, path) + "\"/>\n";
  };
  for (const auto& other : site.languages)
    if (paths.count(other + "/" + rel)) alternate(other, other + "/" + rel);
  const std::string default_path = site.languages.front() + "/" + rel;
  if (paths.count(default_path)) alternate("x-default", default_path);
  return out + "  </url>\n";
}

}  // namespace

std::string xml_escape(const std::string& text) {
  // The HTML escape writes "&#39;" for an apostrophe, a character reference XML reads the same.
  return html_escape(text);
}

std::string url_encode_path(const std::string& path) {
  // RFC 3986 unreserved characters, sub-delimiters and the path's own ':', '@', '/'.
  const std::string kept = "-._~!$&'()*+,;=:@/";
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
        (byte >= '0' && byte <= '9') || kept.find(c) != std::string::npos) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
  return out;
}

std::vector<Page> sitemap_files(const std::vector<Page>& pages, const SiteConfig& site) {
  if (site.languages.empty() ||
      !(starts_with(site.base_url, "https://") || starts_with(site.base_url, "http://")))
    return {};
  const std::string base = with_trailing_slash(site.base_url);

  std::set<std::string> paths;
  for (const auto& page : pages)
    if (ends_with(page.path, ".html")) paths.insert(page.path);

  std::vector<Page> out;
  std::string index = std::string(kXmlDeclaration) +
                      "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& lang : site.languages) {
    std::string map = std::string(kXmlDeclaration) +
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n"
                      "        xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    const std::string prefix = lang + "/";
    for (const auto& path : paths)  // sorted, so the bytes do not depend on page order
      if (starts_with(path, prefix))
        map += url_entry(base, lang, path.substr(prefix.size()), site, paths);
    map += "</urlset>\n";
    const std::string name = "sitemap-" + lang + ".xml";
    out.push_back({name, map});
    index += "  <sitemap><loc>" + absolute(base, name) + "</loc></sitemap>\n";
  }
  index += "</sitemapindex>\n";
  out.push_back({"sitemap.xml", index});
  out.push_back({"robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + base +
                                   url_encode_path("sitemap.xml") + "\n"});
  return out;
}

}  // namespace qala
