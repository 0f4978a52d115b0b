#include "render/page_frame.h"

#include "render/committee_report.h"
#include "render/method_pages.h"
#include "render/strategy_page.h"
#include "render/town_registry.h"

#include <algorithm>

#include "core/error.h"

namespace qala {
namespace {

bool ends_with(const std::string& name, const std::string& suffix) {
  return name.size() > suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string root_prefix(const std::string& page_path) {
  std::string root;
  for (long i = 0; i < std::count(page_path.begin(), page_path.end(), '/'); ++i) root += "../";
  return root;
}

view::Map page_frame(const Project& project, const SiteStrings& strings, const std::string& lang,
                     const std::string& rel_path, const std::string& page_title,
                     bool at_site_root) {
  const std::string root = at_site_root ? "" : root_prefix(lang + "/" + rel_path);
  auto title = project.site.title.find(lang);
  if (title == project.site.title.end())
    throw InputError(SourceLocation{"site/site.yaml", 0, 0},
                     "expected a site title for language '" + lang + "' under 'title:'");

  view::Array stylesheets;
  view::Array scripts;
  for (const auto& [name, bytes] : project.assets) {
    if (ends_with(name, ".css"))
      stylesheets.push_back(view::Map{{"href", root + "assets/" + name}});
    if (ends_with(name, ".js")) scripts.push_back(view::Map{{"src", root + "assets/" + name}});
  }

  view::Array alternates;
  view::Array languages;
  for (const auto& other : project.site.languages) {
    std::string href = root + other + "/" + rel_path;
    alternates.push_back(view::Map{{"lang", other}, {"href", href}});
    languages.push_back(view::Map{{"lang", other},
                                  {"name", strings.at(other).get("language.name")},
                                  {"href", href},
                                  {"current", other == lang}});
  }
  view::Map frame{
      {"lang", lang},
      {"root", root},
      {"site_title", title->second},
      {"page_title", page_title},
      {"home_href", root + lang + "/index.html"},
      {"report_href", root + lang + "/reproducibility/index.html"},
      {"methods_href", root + lang + "/methods/index.html"},
      {"has_methods", !method_page_names(project).empty()},
      {"strategies_href", root + lang + "/" + kStrategiesPath},
      {"has_strategies", has_strategy_tables(project)},
      {"committee_href", root + lang + "/" + kCommitteePath},
      {"has_committee_report", programme_study(project) != nullptr},
      {"towns_href", root + lang + "/towns/index.html"},
      {"investors_href", root + lang + "/investors/index.html"},
      {"has_towns", has_town_registry(project)},
      {"x_default_href", root + project.site.languages.front() + "/" + rel_path},
  };
  // Moved in: an initializer list would copy them.
  frame.emplace("stylesheets", std::move(stylesheets));
  frame.emplace("scripts", std::move(scripts));
  frame.emplace("alternates", std::move(alternates));
  frame.emplace("languages", std::move(languages));
  return frame;
}

}  // namespace qala
