#include "support/link_check.h"

#include <filesystem>
#include <map>
#include <set>

#include "support/run_command.h"

namespace qala::testing {
namespace fs = std::filesystem;

std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
  std::vector<std::string> out;
  std::string needle = " " + name + "=\"";
  for (size_t at = html.find(needle); at != std::string::npos; at = html.find(needle, at + 1)) {
    size_t start = at + needle.size();
    size_t end = html.find('"', start);
    if (end == std::string::npos) break;
    out.push_back(html.substr(start, end - start));
  }
  return out;
}

namespace {

bool is_external(const std::string& link) {
  for (const char* scheme : {"http:", "https:", "mailto:", "data:", "tel:"})
    if (link.rfind(scheme, 0) == 0) return true;
  return false;
}

std::string unescape_amp(std::string s) {
  for (size_t at = s.find("&amp;"); at != std::string::npos; at = s.find("&amp;", at + 1))
    s.replace(at, 5, "&");
  return s;
}

}  // namespace

std::vector<std::string> broken_internal_links(const std::string& site) {
  std::vector<std::string> broken;
  std::map<std::string, std::set<std::string>> ids;  // page -> ids in it
  std::vector<fs::path> pages;
  for (const auto& entry : fs::recursive_directory_iterator(site)) {
    if (entry.path().extension() != ".html") continue;
    pages.push_back(entry.path());
    for (const auto& id : attribute_values(read_file(entry.path().string()), "id"))
      ids[fs::weakly_canonical(entry.path()).string()].insert(id);
  }
  for (const auto& page : pages) {
    std::string html = read_file(page.string());
    auto links = attribute_values(html, "href");
    auto sources = attribute_values(html, "src");
    links.insert(links.end(), sources.begin(), sources.end());
    for (const auto& raw : links) {
      std::string link = unescape_amp(raw);
      if (link.empty() || is_external(link)) continue;
      std::string anchor;
      if (size_t hash = link.find('#'); hash != std::string::npos) {
        anchor = link.substr(hash + 1);
        link = link.substr(0, hash);
      }
      if (size_t query = link.find('?'); query != std::string::npos) link = link.substr(0, query);
      fs::path target = link.empty() ? page : page.parent_path() / link;
      if (fs::is_directory(target)) target /= "index.html";
      std::string key = fs::weakly_canonical(target).string();
      bool ok = fs::exists(target) && (anchor.empty() || ids[key].count(anchor));
      if (!ok) broken.push_back(fs::relative(page, site).string() + " -> " + raw);
    }
  }
  return broken;
}

}  // namespace qala::testing
