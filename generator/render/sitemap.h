#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "render/render_site.h"

namespace qala {

/// The files that tell search engines about the site, made from the pages render_site made (so a
/// new kind of page is listed without any change here): per language `sitemap-<lang>.xml`
/// listing every html page under `<lang>/` with absolute URLs from `site.base_url` and an
/// `xhtml:link rel="alternate" hreflang` entry for each language the page exists in plus
/// `x-default` (the default language's page); `sitemap.xml`, a sitemap index of those; and
/// `robots.txt` naming the index. Sitemaps need absolute URLs, so a `base_url` that is not
/// `http://` or `https://` (such as "/") gives no files at all.
std::vector<Page> sitemap_files(const std::vector<Page>& pages, const SiteConfig& site);

/// `text` with the five XML special characters escaped.
std::string xml_escape(const std::string& text);

/// `path` percent-encoded where a URL may not carry it as is (spaces, quotes, non-ASCII bytes
/// and the like); '/', letters, digits and URL punctuation are kept.
std::string url_encode_path(const std::string& path);

}  // namespace qala
