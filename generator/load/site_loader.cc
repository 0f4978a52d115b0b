#include "load/site_loader.h"

#include <algorithm>

#include "core/error.h"
#include "core/hash.h"
#include "core/parallel.h"
#include "load/geojson_outline.h"
#include "load/load_util.h"
#include "load/yaml_reader.h"

namespace qala {
namespace {

void flatten(const Value& v, const std::string& prefix, std::map<std::string, std::string>& out,
             std::map<std::string, SourceLocation>& where) {
  for (const auto& [key, child] : v.entries()) {
    std::string full = prefix.empty() ? key : prefix + "." + key;
    if (child.is_map()) {
      flatten(child, full, out, where);
    } else {
      out[full] = child.text();
      where[full] = child.where();
    }
  }
}

/// "towns.count.few": a plural form, which only some languages have (checked by the renderer,
/// which knows each language's plural rules).
bool is_plural_form(const std::string& key) {
  size_t dot = key.rfind('.');
  if (dot == std::string::npos) return false;
  std::string form = key.substr(dot + 1);
  return form == "zero" || form == "one" || form == "two" || form == "few" || form == "many" ||
         form == "other";
}

void load_strings(const FileSource& files, Project& project, bool allow_missing) {
  std::map<std::string, std::map<std::string, SourceLocation>> where;
  for (const auto& lang : project.site.languages) {
    std::string path = "site/i18n/" + lang + ".yaml";
    Value root = read_yaml_file(files, path);
    require_map(root, "a table of UI strings (key: text)");
    flatten(root, "", project.strings[lang], where[lang]);
    project.file_hashes[path] = content_hash(read_listed_file(files, path));
  }
  // Every key in every language: report a key one language has and another lacks.
  for (const auto& [lang, table] : project.strings) {
    for (const auto& [key, text] : table) {
      if (is_plural_form(key)) continue;  // languages have different plural forms
      for (const auto& other : project.site.languages) {
        if (allow_missing && other != project.site.languages.front()) continue;
        if (!project.strings[other].count(key))
          throw InputError(where[lang][key], "string '" + key + "' has no translation in '" +
                                                 other + "' (site/i18n/" + other + ".yaml)");
      }
    }
  }
}

/// "site/pages/studies/x.ru.md" -> {"studies/x", "ru"}; nothing for other files.
bool split_page_path(const std::string& path, const std::string& base, std::string* name,
                     std::string* lang) {
  if (path.size() < 3 || path.substr(path.size() - 3) != ".md") return false;
  std::string rest = path.substr(base.size() + 1, path.size() - base.size() - 4);
  size_t dot = rest.rfind('.');
  if (dot == std::string::npos) return false;
  *name = rest.substr(0, dot);
  *lang = rest.substr(dot + 1);
  return true;
}

void load_pages(const FileSource& files, Project& project, const std::string& base,
                const std::string& prefix, bool allow_missing, int jobs) {
  struct PageFile {
    std::string name, lang, bytes, hash;
    bool is_page = false;
  };
  const std::vector<std::string> paths = files.list_recursive(base);
  std::vector<PageFile> read(paths.size());
  // A large site has a page text per study and language: they are read on all the build's
  // threads (an error is still the first in file order).
  parallel_for(paths.size(), jobs, [&](size_t i) {
    const std::string& path = paths[i];
    PageFile& page = read[i];
    page.is_page = split_page_path(path, base, &page.name, &page.lang);
    if (!page.is_page) return;
    const auto& langs = project.site.languages;
    if (std::find(langs.begin(), langs.end(), page.lang) == langs.end())
      throw InputError({files.display(path), 0, 0}, "page for unknown language '" + page.lang +
                                                        "'; expected one of the site's "
                                                        "languages in the file name (name.en.md)");
    page.bytes = read_listed_file(files, path);
    page.hash = content_hash(page.bytes);
  });
  for (size_t i = 0; i < paths.size(); ++i) {
    PageFile& page = read[i];
    if (!page.is_page) continue;
    project.pages[prefix + page.name][page.lang] = std::move(page.bytes);
    project.file_hashes[paths[i]] = std::move(page.hash);
  }
  for (const auto& [name, texts] : project.pages) {
    for (const auto& lang : project.site.languages) {
      if (allow_missing && lang != project.site.languages.front()) continue;
      if (!texts.count(lang))
        throw InputError({files.display(base + "/" + name.substr(prefix.size()) + "." +
                                        texts.begin()->first + ".md"),
                          0, 0},
                         "page '" + name + "' has no '" + lang + "' translation (expected " + base +
                             "/" + name.substr(prefix.size()) + "." + lang + ".md)");
    }
  }
}

}  // namespace

void load_site(const FileSource& files, Project& project, bool allow_missing_translations,
               int jobs) {
  Value site = read_yaml_file(files, "site/site.yaml");
  require_map(site, "the site configuration: {languages, title, base_url, map}");
  site.require_keys_in({"languages", "title", "base_url", "map"});
  for (const auto& lang : site.at("languages").items()) {
    const std::string& code = lang.text();
    if (code != "en" && code != "ru" && code != "kk")
      throw InputError(lang.where(), "unknown language '" + code + "'; expected en, ru or kk");
    project.site.languages.push_back(code);
  }
  if (project.site.languages.empty())
    throw InputError(site.at("languages").where(), "expected at least one language");
  project.site.title = read_localized(site.at("title"), project.site.languages);
  if (auto* base = site.find("base_url")) project.site.base_url = base->text();
  if (auto* map = site.find("map")) {
    require_map(*map, "the locator map's settings: {outline: <GeoJSON file>}");
    map->require_keys_in({"outline"});
    if (auto* outline = map->find("outline")) {
      project.site.map_outline_file = outline->text();
      project.site.map_outline = read_map_outline(files, outline->text());
    }
  }
  project.file_hashes["site/site.yaml"] = content_hash(read_listed_file(files, "site/site.yaml"));

  load_strings(files, project, allow_missing_translations);
  load_pages(files, project, "site/pages", "", allow_missing_translations, jobs);
  load_pages(files, project, "site/methods", "methods/", allow_missing_translations, jobs);
  for (const auto& path : files.list_recursive("templates")) {
    std::string bytes = read_listed_file(files, path);
    project.templates[path.substr(std::string("templates/").size())] = bytes;
    project.file_hashes[path] = content_hash(bytes);
  }
  // Stylesheets and scripts are both assets, published by name under assets/.
  for (const std::string folder : {"site/css", "site/js"}) {
    for (const auto& path : files.list_recursive(folder)) {
      std::string bytes = read_listed_file(files, path);
      std::string name = path.substr(folder.size() + 1);
      if (project.assets.count(name))
        throw InputError(SourceLocation{path, 0, 0},
                         "expected a unique asset name; '" + name + "' is also in another folder");
      project.assets[name] = bytes;
      project.file_hashes[path] = content_hash(bytes);
    }
  }
}

}  // namespace qala
