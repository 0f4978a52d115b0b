#include "render/investment_pages.h"

#include <set>

#include "render/collation.h"
#include "render/number_format.h"

namespace qala {
namespace {

/// `pattern` with each "{name}" replaced by its value.
std::string fill(std::string pattern, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    std::string slot = "{" + name + "}";
    for (size_t at = pattern.find(slot); at != std::string::npos;
         at = pattern.find(slot, at + value.size()))
      pattern.replace(at, slot.size(), value);
  }
  return pattern;
}

std::string dataset_file(const Dataset* dataset) { return dataset == nullptr ? "" : dataset->file; }

}  // namespace

bool is_support_instrument(const std::string& kind) {
  return kind == "special-economic-zone" || kind == "technology-parks" ||
         kind == "clusters-and-technology-parks" || kind == "cluster-associations" ||
         kind == "preferential-credit";
}

std::string investment_file(const Town& town, const std::string& extension) {
  return town.slug + "-investment." + extension;
}

ProfileCitation investment_citation(const Town& town, const TownRegistry& registry,
                                    const Project& project, const Strings& strings) {
  const std::string& lang = strings.lang();
  ProfileCitation c;
  c.key = "qala-" + town.slug + "-investment";
  c.title = fill(strings.get("investment.citation_title"), {{"town", town_name(town, lang)}});
  c.author = text_in(project.site.title, lang);
  const Dataset* table6 = registry.sources.priorities;
  const Study* paper = table6 == nullptr ? nullptr : project.find_study(table6->source.paper);
  c.year = paper == nullptr ? 0 : paper->paper.year;
  c.url = project.site.base_url + lang + "/" + investment_page_dir(town);
  std::string sources;
  std::set<std::string> seen;  // Table 6 holds both the targets and the priorities
  for (const Dataset* d :
       {registry.sources.towns, registry.sources.goals, registry.sources.targets,
        registry.sources.priorities, registry.sources.enterprises, registry.sources.index_i})
    if (d != nullptr)
      sources += (sources.empty() ? "" : "; ") + dataset_source(d, project, strings);
  c.note = fill(strings.get("investment.citation_note"), {{"sources", sources}});
  c.lang = lang;
  return c;
}

view::Map investment_view(const Town& town, const TownRegistry& registry, const Project& project,
                          const Strings& strings, const std::string& root) {
  const std::string& lang = strings.lang();
  const TownSources& s = registry.sources;

  view::Array advantages;
  for (const auto& index : town.indices)
    advantages.push_back(
        view::Map{{"text", fill(strings.get("investment.adv_rank"),
                                {{"list", index_set_label(index.town_set, strings)},
                                 {"rank", std::to_string(index.rank)},
                                 {"of", strings.plural("town.rank_of", index.list_size)},
                                 {"index", format_index(index, lang)}})},
                  {"source", dataset_source(s.index_i, project, strings)}});
  if (town.classification)
    advantages.push_back(view::Map{
        {"text", fill(strings.get("investment.adv_state"),
                      {{"label", strings.get("town.state_group_" +
                                             std::to_string(town.classification->group))}})},
        {"source", dataset_source(s.classification, project, strings)}});
  if (town.cluster)
    advantages.push_back(view::Map{
        {"text", strings.get("towns.production_" + std::to_string(town.cluster->cluster))},
        {"source", dataset_source(s.clusters, project, strings)}});

  for (const auto& a : town.assessments)
    if (a.kind == "improvement")
      advantages.push_back(view::Map{
          {"text", fill(strings.get("investment.adv_improved"), {{"text", text_in(a.text, lang)}})},
          {"source", dataset_source(s.assessments, project, strings)}});

  view::Array enterprises;
  for (const auto& e : town.enterprises)
    if (e.role == "city-forming")
      enterprises.push_back(view::Map{{"name", e.name},
                                      {"sector", e.sector},
                                      {"source", source_name(e.source, project, strings)}});

  view::Array targets;
  for (const auto& t : town.targets)
    targets.push_back(view::Map{{"indicator", strings.get("town.indicator_" + t.indicator)},
                                {"text", fill(strings.get("investment.target_text"),
                                              {{"growth", format_shortest(t.growth_factor, lang)},
                                               {"from", std::to_string(t.base_year)},
                                               {"to", std::to_string(t.target_year)}})}});

  view::Array opportunities;
  view::Array instruments;
  std::set<std::string> instrument_kinds;
  for (const auto& p : town.priorities) {
    view::Map item{{"kind", text_in(p.kind_label, lang)},
                   {"text", text_in(p.text, lang)},
                   {"position", std::to_string(p.position)}};
    if (is_support_instrument(p.kind)) {
      if (instrument_kinds.insert(p.kind).second) instruments.push_back(item);
    } else if (p.kind != "investment-profile") {
      opportunities.push_back(item);
    }
  }

  ProfileCitation citation = investment_citation(town, registry, project, strings);
  return view::Map{
      {"name", town_name(town, lang)},
      {"town_href", root + lang + "/" + town_page_path(town)},
      {"investors_href", root + lang + "/" + kInvestorsIndexPath},
      {"region", text_in(town.region_name, lang)},
      {"industry", town.industry},
      {"has_industry", !town.industry.empty()},
      {"goal", text_in(town.goal, lang)},
      {"has_goal", !text_in(town.goal, lang).empty()},
      {"source_goals", dataset_source(s.goals, project, strings)},
      {"advantages", advantages},
      {"has_advantages", !advantages.empty()},
      {"enterprises", enterprises},
      {"has_enterprises", !enterprises.empty()},
      {"source_enterprises", dataset_source(s.enterprises, project, strings)},
      {"targets", targets},
      {"has_targets", !targets.empty()},
      {"source_targets", dataset_source(s.targets, project, strings)},
      {"opportunities", opportunities},
      {"has_opportunities", !opportunities.empty()},
      {"instruments", instruments},
      {"has_instruments", !instruments.empty()},
      {"source_priorities", dataset_source(s.priorities, project, strings)},
      {"csv_href", investment_file(town, "csv")},
      {"json_href", investment_file(town, "json")},
      {"bib_href", investment_file(town, "bib")},
      {"ris_href", investment_file(town, "ris")},
      {"bibtex", investment_bibtex(citation)},
      {"ris", investment_ris(citation)},
      {"data_files", dataset_file(s.priorities)},
  };
}

view::Map investors_index_view(const TownRegistry& registry, const Project& project,
                               const Strings& strings, const std::string& root) {
  const std::string& lang = strings.lang();
  std::vector<const Town*> towns;
  std::vector<std::string> names;
  for (const auto& town : registry.towns)
    if (town.has_investment_profile()) {
      towns.push_back(&town);
      names.push_back(town_name(town, lang));
    }
  view::Array rows;
  for (size_t i : collation_order(names, lang)) {
    const Town& town = *towns[i];
    view::Array instruments;
    std::set<std::string> seen;
    for (const auto& p : town.priorities)
      if (is_support_instrument(p.kind) && seen.insert(p.kind).second)
        instruments.push_back(view::Map{{"kind", text_in(p.kind_label, lang)}});
    rows.push_back(view::Map{{"name", town_name(town, lang)},
                             {"href", root + lang + "/" + investment_page_path(town)},
                             {"town_href", root + lang + "/" + town_page_path(town)},
                             {"region", text_in(town.region_name, lang)},
                             {"goal", text_in(town.goal, lang)},
                             {"instruments", instruments},
                             {"has_instruments", !instruments.empty()}});
  }
  return view::Map{
      {"count_text", strings.plural("investment.count", static_cast<long>(rows.size()))},
      {"towns", rows},
      {"source_priorities", dataset_source(registry.sources.priorities, project, strings)},
  };
}

}  // namespace qala
