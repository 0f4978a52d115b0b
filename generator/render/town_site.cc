#include "render/town_site.h"

#include "render/investment_pages.h"
#include "render/town_pages.h"

namespace qala {
namespace {

constexpr const char* kTownsTemplate = "towns.html";
constexpr const char* kTownTemplate = "town.html";
constexpr const char* kInvestmentTemplate = "investment.html";
constexpr const char* kInvestorsTemplate = "investors.html";

mstch::map merged(mstch::map frame, const mstch::map& page) {
  for (const auto& [key, value] : page) frame.insert_or_assign(key, value);
  return frame;
}

std::string root_of(const mstch::map& frame) { return boost::get<std::string>(frame.at("root")); }

}  // namespace

std::vector<std::string> town_template_names() {
  return {kTownsTemplate, kTownTemplate, kInvestmentTemplate, kInvestorsTemplate};
}

void add_town_pages(const TownRegistry& registry, const Project& project, const RunResults& results,
                    const CheckReport& report, const SiteStrings& strings, const std::string& lang,
                    const RenderTemplate& render, std::vector<Page>& pages) {
  if (registry.towns.empty()) return;
  const Strings& t = strings.at(lang);
  auto add = [&](const std::string& path, const std::string& title, const char* name,
                 const auto& make_view) {
    mstch::map frame = page_frame(project, strings, lang, path, title);
    pages.push_back({lang + "/" + path, render(name, merged(frame, make_view(root_of(frame))))});
  };

  add(kTownsIndexPath, t.get("towns.title"), kTownsTemplate, [&](const std::string& root) {
    return towns_index_view(registry, project, results, t, root);
  });
  for (const auto& town : registry.towns) {
    add(town_page_path(town), town_name(town, lang), kTownTemplate, [&](const std::string& root) {
      return town_profile_view(town, registry, project, results, report, t, root);
    });
    if (!town.has_investment_profile()) continue;
    std::string title = t.get("investment.title") + ": " + town_name(town, lang);
    add(investment_page_path(town), title, kInvestmentTemplate,
        [&](const std::string& root) { return investment_view(town, registry, project, t, root); });
    std::string dir = lang + "/" + investment_page_dir(town);
    ProfileCitation citation = investment_citation(town, registry, project, t);
    pages.push_back({dir + investment_file(town, "csv"), investment_csv(town, registry)});
    pages.push_back({dir + investment_file(town, "json"), investment_json(town, registry)});
    pages.push_back({dir + investment_file(town, "bib"), investment_bibtex(citation)});
    pages.push_back({dir + investment_file(town, "ris"), investment_ris(citation)});
  }
  add(kInvestorsIndexPath, t.get("investment.index_title"), kInvestorsTemplate,
      [&](const std::string& root) { return investors_index_view(registry, project, t, root); });
}

}  // namespace qala
