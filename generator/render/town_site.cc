#include "render/town_site.h"

#include "render/investment_pages.h"
#include "render/town_pages.h"

namespace qala {
namespace {

constexpr const char* kTownsTemplate = "towns.html";
constexpr const char* kTownTemplate = "town.html";
constexpr const char* kInvestmentTemplate = "investment.html";
constexpr const char* kInvestorsTemplate = "investors.html";

std::string root_of(const view::Map& frame) { return std::get<std::string>(frame.at("root")); }

}  // namespace

std::vector<std::string> town_template_names() {
  return {kTownsTemplate, kTownTemplate, kInvestmentTemplate, kInvestorsTemplate};
}

void add_town_pages(const SiteInputs& site, const std::string& lang, const PageSources& sources,
                    std::vector<PageSpec>& pages) {
  const TownRegistry& registry = site.towns;
  if (registry.towns.empty()) return;
  // `title` and `make_view` are called when the page renders, possibly on another thread.
  auto add = [&](const std::string& path, const char* name, auto title, auto make_view) {
    pages.push_back({lang + "/" + path, lang, name,
                     [&site, lang, path, title, make_view] {
                       const Strings& t = site.strings.at(lang);
                       view::Map frame =
                           page_frame(site.project, site.strings, lang, path, title(t));
                       std::string root = root_of(frame);
                       return view::merged(std::move(frame), make_view(t, root));
                     },
                     sources});
  };

  add(
      kTownsIndexPath, kTownsTemplate, [](const Strings& t) { return t.get("towns.title"); },
      [&site](const Strings& t, const std::string& root) {
        return towns_index_view(site.towns, site.project, site.results, t, root);
      });
  for (const auto& town : registry.towns) {
    const Town* tp = &town;
    add(
        town_page_path(town), kTownTemplate,
        [tp, lang](const Strings&) { return town_name(*tp, lang); },
        [&site, tp](const Strings& t, const std::string& root) {
          return town_profile_view(*tp, site.towns, site.project, site.results, site.report, t,
                                   root);
        });
    if (!town.has_investment_profile()) continue;
    add(
        investment_page_path(town), kInvestmentTemplate,
        [tp, lang](const Strings& t) {
          return t.get("investment.title") + ": " + town_name(*tp, lang);
        },
        [&site, tp](const Strings& t, const std::string& root) {
          return investment_view(*tp, site.towns, site.project, t, root);
        });
  }
  add(
      kInvestorsIndexPath, kInvestorsTemplate,
      [](const Strings& t) { return t.get("investment.index_title"); },
      [&site](const Strings& t, const std::string& root) {
        return investors_index_view(site.towns, site.project, t, root);
      });
}

void add_town_files(const SiteInputs& site, const std::string& lang, std::vector<Page>& pages) {
  const TownRegistry& registry = site.towns;
  const Strings& t = site.strings.at(lang);
  for (const auto& town : registry.towns) {
    if (!town.has_investment_profile()) continue;
    std::string dir = lang + "/" + investment_page_dir(town);
    ProfileCitation citation = investment_citation(town, registry, site.project, t);
    pages.push_back({dir + investment_file(town, "csv"), investment_csv(town, registry)});
    pages.push_back({dir + investment_file(town, "json"), investment_json(town, registry)});
    pages.push_back({dir + investment_file(town, "bib"), investment_bibtex(citation)});
    pages.push_back({dir + investment_file(town, "ris"), investment_ris(citation)});
  }
}

}  // namespace qala
