#include "render/town_pages.h"

#include <algorithm>
#include <tuple>

#include "render/chart_bar.h"
#include "render/collation.h"
#include "render/data_table.h"
#include "render/number_format.h"

namespace qala {
namespace {

std::string yes_no(bool value, const Strings& strings) {
  return strings.get(value ? "towns.yes" : "towns.no");
}

std::string population_text(const TownPopulation& row, const std::string& lang) {
  return format_fixed(row.population, 0, lang);
}

/// A link to another town's profile from a page at `root`.
view::Map town_link(const Town& town, const Strings& strings, const std::string& root) {
  return view::Map{{"name", town_name(town, strings.lang())},
                   {"href", root + strings.lang() + "/" + town_page_path(town)}};
}

/// Links to the towns `ids`, in the order of the page language's alphabet.
view::Array town_links(const std::vector<std::string>& ids, const TownRegistry& registry,
                       const Strings& strings, const std::string& root) {
  std::vector<const Town*> towns;
  std::vector<std::string> names;
  for (const auto& id : ids)
    if (const Town* town = registry.find(id)) {
      towns.push_back(town);
      names.push_back(town_name(*town, strings.lang()));
    }
  view::Array out;
  for (size_t i : collation_order(names, strings.lang()))
    out.push_back(town_link(*towns[i], strings, root));
  return out;
}

std::vector<std::string> production_peers(const Town& town, const TownRegistry& registry) {
  std::vector<std::string> out;
  if (!town.cluster) return out;
  for (const auto& other : registry.towns)
    if (other.id != town.id && other.cluster && other.cluster->cluster == town.cluster->cluster)
      out.push_back(other.id);
  return out;
}

std::string production_label(const TownCluster& cluster, const Strings& strings) {
  return strings.get("towns.production_" + std::to_string(cluster.cluster));
}

std::string sort_number(double value) { return format_shortest(value, "en", /*group=*/false); }

/// "27 towns, 2022: rank 2 of 27 towns": a rank chart bar's label.
std::string rank_bar_label(const TownIndex& index, const Strings& strings) {
  std::string label = strings.get("town.rank_bar");
  auto put = [&label](const std::string& slot, const std::string& text) {
    size_t at = label.find(slot);
    if (at != std::string::npos) label.replace(at, slot.size(), text);
  };
  put("{list}", index_set_label(index.town_set, strings));
  put("{rank}", std::to_string(index.rank));
  put("{of}", strings.plural("town.rank_of", index.list_size));
  return label;
}

/// The town's papers by year, then by title in `lang`'s alphabetical order; papers without a
/// study (no year or title known) come last, by id.
std::vector<std::string> papers_by_year(const std::vector<std::string>& ids, const Project& project,
                                        const std::string& lang) {
  std::vector<std::string> titles;
  for (const auto& id : ids) {
    const Study* study = project.find_study(id);
    titles.push_back(study == nullptr ? id : text_in(study->paper.title, lang));
  }
  std::vector<size_t> by_title = collation_order(titles, lang);
  std::vector<size_t> rank_of_title(ids.size());
  for (size_t i = 0; i < by_title.size(); ++i) rank_of_title[by_title[i]] = i;
  auto key = [&](size_t i) {
    const Study* study = project.find_study(ids[i]);
    return std::tuple(study == nullptr, study == nullptr ? 0 : study->paper.year, rank_of_title[i]);
  };
  std::vector<size_t> order(ids.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  std::vector<std::string> out;
  for (size_t i : order) out.push_back(ids[i]);
  return out;
}

}  // namespace

std::vector<size_t> towns_in_alphabet_order(const TownRegistry& registry, const std::string& lang) {
  std::vector<std::string> names;
  for (const auto& town : registry.towns) names.push_back(town_name(town, lang));
  return collation_order(names, lang);
}

view::Map towns_index_view(const TownRegistry& registry, const Project& project,
                           const RunResults& results, const Strings& strings,
                           const std::string& root) {
  const std::string& lang = strings.lang();
  auto clustering = find_town_clustering(project, results);
  view::Array sets;
  for (const auto& set : registry.index_sets)
    sets.push_back(view::Map{{"label", index_set_label(set, strings)}});
  view::Array towns;
  int position = 0;
  for (size_t i : towns_in_alphabet_order(registry, lang)) {
    const Town& town = registry.towns[i];
    const TownPopulation* population = town.latest_population();
    view::Array indices;
    for (const auto& set : registry.index_sets) {
      const TownIndex* index = town.index_in(set);
      indices.push_back(view::Map{
          {"text", index == nullptr
                       ? std::string("—")
                       : format_index(*index, lang) + " (" + strings.get("towns.rank_short") +
                             std::to_string(index->rank) + ")"},
          {"sort", index == nullptr ? std::string("-1") : sort_number(index->value)}});
    }
    // 0: the clustering does not include the town.
    int type = clustering ? clustering->cluster_of(town.id).value_or(0) : 0;
    towns.push_back(view::Map{
        {"name", town_name(town, lang)},
        {"href", root + lang + "/" + town_page_path(town)},
        {"sort_name", std::to_string(++position)},
        {"region", text_in(town.region_name, lang)},
        {"region_2022", text_in(town.region_2022_name, lang)},
        {"region_changed", town.region != town.region_2022},
        {"has_population", population != nullptr},
        {"population", population == nullptr ? "" : population_text(*population, lang)},
        {"population_year", population == nullptr ? "" : std::to_string(population->year)},
        {"population_sort", population == nullptr ? "-1" : sort_number(population->population)},
        {"industry", town.industry},
        {"has_industry", !town.industry.empty()},
        {"industry_lang", std::string(lang == "en" ? "" : "en")},
        {"in_27", yes_no(town.in_list_27, strings)},
        {"in_20", yes_no(town.in_order_20, strings)},
        {"in_9", yes_no(town.has_2023_data, strings)},
        {"indices", indices},
        {"type", type != 0 ? std::to_string(type) : std::string("—")},
        {"type_sort", type != 0 ? std::to_string(type) : std::string("99")},
        {"production", town.cluster ? production_label(*town.cluster, strings) : "—"},
        {"production_sort", town.cluster ? std::to_string(town.cluster->cluster) : "99"},
    });
  }
  const TownSources& s = registry.sources;
  return view::Map{
      {"count_text", strings.plural("towns.count", static_cast<long>(registry.towns.size()))},
      {"filter", table_filter("towns", strings.get("towns.filter"), "town-filter")},
      {"sets", sets},
      {"towns", towns},
      {"source_towns", dataset_source(s.towns, project, strings)},
      {"source_populations", dataset_source(s.populations, project, strings)},
      {"source_index", dataset_source(s.index_i, project, strings)},
      {"source_clusters", dataset_source(s.clusters, project, strings)},
      {"has_type", clustering.has_value()},
      {"type_title", clustering ? text_in(clustering->analysis->title, lang) : ""},
      {"type_source", clustering ? source_name(clustering->study->id, project, strings) : ""},
  };
}

view::Map town_profile_view(const Town& town, const TownRegistry& registry, const Project& project,
                            const RunResults& results, const CheckReport& report,
                            const Strings& strings, const std::string& root) {
  const std::string& lang = strings.lang();
  const TownSources& s = registry.sources;

  view::Array names;
  for (const auto& name_lang : project.site.languages)
    names.push_back(view::Map{{"lang", name_lang},
                              {"language", strings.get("town.name_" + name_lang)},
                              {"name", town_name(town, name_lang)}});

  view::Array populations;
  for (const auto& row : town.populations)
    populations.push_back(view::Map{
        {"year", std::to_string(row.year)},
        {"population", population_text(row, lang)},
        {"status", strings.get("town.population_" + row.status)},
        {"source", source_name(row.source, project, strings)},
        {"where", row.where},
        {"note", row.note},
    });

  view::Array enterprises;
  for (const auto& row : town.enterprises)
    enterprises.push_back(view::Map{
        {"name", row.name},
        {"sector", row.sector},
        {"role",
         strings.get(row.role == "city-forming" ? "town.role_city_forming" : "town.role_other")},
        {"source", source_name(row.source, project, strings)},
        {"where", row.where},
    });

  view::Array indices;
  BarChart rank_chart;
  rank_chart.id = "chart-rank-" + town.slug;
  rank_chart.title = strings.get("town.rank_chart_title") + ": " + town_name(town, lang);
  rank_chart.desc = strings.get("town.rank_chart_desc");
  rank_chart.label_header = strings.get("town.list");
  // Bars count the towns ranked lower, so a better rank reads as a longer bar (index I itself
  // is on a different scale in each list); the printed rank is in each label.
  rank_chart.value_label = strings.get("town.ranked_lower");
  for (const auto& index : town.indices) {
    indices.push_back(view::Map{
        {"list", index_set_label(index.town_set, strings)},
        {"year", std::to_string(index.year)},
        {"index", format_index(index, lang)},
        {"printed", index.printed},
        {"rank", std::to_string(index.rank)},
        {"of", strings.plural("town.rank_of", index.list_size)},
    });
    rank_chart.bars.push_back(
        {rank_bar_label(index, strings), static_cast<double>(index.list_size - index.rank)});
  }

  auto clustering = find_town_clustering(project, results);
  view::Map type;
  bool has_type = false;
  if (clustering) {
    if (auto cluster = clustering->cluster_of(town.id)) {
      has_type = true;
      const Check* check = find_check(report, clustering->study->id,
                                      clustering->analysis->id + "/clusters/" + town.id);
      type = view::Map{
          {"cluster", std::to_string(*cluster)},
          {"title", text_in(clustering->analysis->title, lang)},
          {"source", source_name(clustering->study->id, project, strings)},
          {"study_href", root + lang + "/studies/" + clustering->study->id + "/index.html"},
          {"similar", town_links(clustering->members_like(town.id), registry, strings, root)},
          {"has_similar", !clustering->members_like(town.id).empty()},
          {"has_check", check != nullptr},
          {"check", check == nullptr ? view::Map{}
                                     : town_check_view(*check, project, report, strings, root)},
      };
    }
  }
  view::Map production;
  if (town.cluster) {
    auto peers = production_peers(town, registry);
    production = view::Map{
        {"label", production_label(*town.cluster, strings)},
        {"cluster", std::to_string(town.cluster->cluster)},
        {"distance", format_shortest(town.cluster->distance, lang)},
        {"error", format_shortest(town.cluster->model_error_pct, lang)},
        {"similar", town_links(peers, registry, strings, root)},
        {"has_similar", !peers.empty()},
        {"source", dataset_source(s.clusters, project, strings)},
    };
  }

  view::Array targets;
  BarChart target_chart;
  target_chart.id = "chart-targets-" + town.slug;
  target_chart.title = strings.get("town.targets_chart_title") + ": " + town_name(town, lang);
  target_chart.desc = strings.get("town.targets_chart_desc");
  target_chart.label_header = strings.get("town.indicator");
  target_chart.value_label = strings.get("town.growth");
  target_chart.decimals = 1;
  for (const auto& target : town.targets) {
    std::string indicator = strings.get("town.indicator_" + target.indicator);
    targets.push_back(view::Map{
        {"indicator", indicator},
        {"base_year", std::to_string(target.base_year)},
        {"target_year", std::to_string(target.target_year)},
        {"growth", format_shortest(target.growth_factor, lang)},
    });
    target_chart.bars.push_back({indicator, target.growth_factor});
  }

  view::Array priorities;
  for (const auto& priority : town.priorities)
    priorities.push_back(view::Map{{"position", std::to_string(priority.position)},
                                   {"text", text_in(priority.text, lang)},
                                   {"kind", text_in(priority.kind_label, lang)}});

  view::Array improvements;
  view::Array weaknesses;
  for (const auto& a : town.assessments)
    (a.kind == "improvement" ? improvements : weaknesses)
        .push_back(view::Map{{"text", text_in(a.text, lang)},
                             {"among_others", a.scope == "named-among-others"},
                             {"where", a.where}});

  view::Array papers;
  for (const auto& id : papers_by_year(town.papers, project, lang)) {
    const Study* study = project.find_study(id);
    papers.push_back(view::Map{
        {"name", source_name(id, project, strings)},
        {"is_study", study != nullptr},
        {"title", study == nullptr ? std::string() : text_in(study->paper.title, lang)},
        {"href", root + lang + "/studies/" + id + "/index.html"},
    });
  }

  view::Array checks;
  for (const Check* check : town_checks(report, town.id))
    checks.push_back(town_check_view(*check, project, report, strings, root));

  view::Map view{
      {"name", town_name(town, lang)},
      {"slug", town.slug},
      {"names", names},
      {"kind",
       strings.get("town.kind_" + std::string(town.kind == "monotown" ? "monotown" : "small"))},
      {"region", text_in(town.region_name, lang)},
      {"region_2022", text_in(town.region_2022_name, lang)},
      {"region_changed", town.region != town.region_2022},
      {"in_27", yes_no(town.in_list_27, strings)},
      {"in_20", yes_no(town.in_order_20, strings)},
      {"in_9", yes_no(town.has_2023_data, strings)},
      {"industry", town.industry},
      {"has_industry", !town.industry.empty()},
      {"industry_source", source_name(town.industry_source, project, strings)},
      {"source_towns", dataset_source(s.towns, project, strings)},
      {"populations", populations},
      {"has_populations", !populations.empty()},
      {"source_populations", dataset_source(s.populations, project, strings)},
      {"enterprises", enterprises},
      {"has_enterprises", !enterprises.empty()},
      {"source_enterprises", dataset_source(s.enterprises, project, strings)},
      {"has_classification", town.classification.has_value()},
      {"source_classification", dataset_source(s.classification, project, strings)},
      {"indices", indices},
      {"has_indices", !indices.empty()},
      {"source_index", dataset_source(s.index_i, project, strings)},
      {"rank_chart_html", indices.empty()
                              ? std::string()
                              : bar_chart_html(rank_chart, lang, strings.get("town.chart_data"))},
      {"has_type", has_type},
      {"type", type},
      {"has_production", town.cluster.has_value()},
      {"production", production},
      {"has_goal", !text_in(town.goal, lang).empty()},
      {"goal", text_in(town.goal, lang)},
      {"source_goals", dataset_source(s.goals, project, strings)},
      {"targets", targets},
      {"has_targets", !targets.empty()},
      {"source_targets", dataset_source(s.targets, project, strings)},
      {"targets_chart_html",
       targets.empty() ? std::string()
                       : bar_chart_html(target_chart, lang, strings.get("town.chart_data"))},
      {"priorities", priorities},
      {"has_priorities", !priorities.empty()},
      {"source_priorities", dataset_source(s.priorities, project, strings)},
      {"improvements", improvements},
      {"has_improvements", !improvements.empty()},
      {"weaknesses", weaknesses},
      {"has_weaknesses", !weaknesses.empty()},
      {"has_assessments", !town.assessments.empty()},
      {"source_assessments", dataset_source(s.assessments, project, strings)},
      {"papers", papers},
      {"has_papers", !papers.empty()},
      {"checks", checks},
      {"has_checks", !checks.empty()},
      {"has_investment", town.has_investment_profile()},
      {"investment_href", root + lang + "/" + investment_page_path(town)},
      {"towns_href", root + lang + "/" + kTownsIndexPath},
  };
  if (town.classification) {
    const auto& c = *town.classification;
    view["classification"] = view::Map{
        {"group", std::to_string(c.group)},
        {"label", strings.get("town.state_group_" + std::to_string(c.group))},
        {"label_printed", c.label_printed},
        {"activity", c.activity},
        {"has_activity", !c.activity.empty()},
        {"name_printed", c.name_printed},
        {"renamed", c.name_printed != town_name(town, "en")},
    };
  }
  return view;
}

}  // namespace qala
