#include "render/strategy_page.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "render/citation.h"
#include "render/home_data.h"
#include "render/number_format.h"

namespace qala {
namespace {

constexpr const char* kPriorities = "data/p000/priorities.csv";
constexpr const char* kGoals = "data/p000/goals.csv";
constexpr const char* kTargets = "data/p000/targets-2035.csv";
constexpr const char* kKinds = "data/p000/priority-kinds.csv";
constexpr const char* kStrategy = "data/p002/strategy.csv";

/// "Source: Kozhamkulova et al. (2024), Table 6".
std::string source_line(const Project& project, const Dataset& dataset, const Strings& t) {
  const Study* study = project.find_study(dataset.source.paper);
  std::string paper = study ? short_citation(study->paper, t) : dataset.source.paper;
  return t.get("strategy.source") + " " + paper + ", " +
         localize_source_name(dataset.source.table, t);
}

/// Town ids in the order they first appear in `table`'s `column`.
std::vector<std::string> towns_in_order(const Table& table, const std::string& column) {
  std::vector<std::string> towns;
  for (size_t row = 0; row < table.row_count(); ++row) {
    std::string town = cell_text(table, column, row);
    if (std::find(towns.begin(), towns.end(), town) == towns.end()) towns.push_back(town);
  }
  return towns;
}

std::string name_of(const std::map<std::string, std::string>& names, const std::string& id) {
  auto it = names.find(id);
  return it == names.end() ? id : it->second;
}

view::Array targets_of(const Dataset* targets, const std::string& town, const Strings& t) {
  view::Array out;
  if (!targets) return out;
  const Table& table = targets->table;
  for (size_t row = 0; row < table.row_count(); ++row) {
    if (cell_text(table, "town", row) != town) continue;
    std::string indicator = cell_text(table, "indicator", row);
    double factor = cell_number(table, "growth_factor", row);
    // The factor as printed ("1.6"), in the page's number style.
    std::string printed = cell_text(table, "printed", row);
    int decimals = printed.find('.') == std::string::npos
                       ? 0
                       : static_cast<int>(printed.size() - printed.find('.') - 1);
    std::string label = t.get_or("strategy.indicators." + indicator, indicator);
    std::string years =
        cell_text(table, "target_year", row) + " / " + cell_text(table, "base_year", row);
    out.push_back(
        view::Map{{"label", label},
                  {"value", "×" + format_fixed(factor, decimals, t.lang()) + " (" + years + ")"},
                  {"sort", format_shortest(factor, "en", false)}});
  }
  return out;
}

view::Map table6_view(const Project& project, const Dataset& priorities, const Strings& t,
                      const std::map<std::string, std::string>& names) {
  const Dataset* goals = find_dataset_file(project, kGoals);
  const Dataset* targets = find_dataset_file(project, kTargets);
  const Table& table = priorities.table;
  view::Array rows;
  for (const auto& town : towns_in_order(table, "town")) {
    view::Array items;
    for (size_t row = 0; row < table.row_count(); ++row) {
      if (cell_text(table, "town", row) != town) continue;
      bool en = false;
      std::string text = localized_cell(table, "text", row, t.lang(), &en);
      items.push_back(view::Map{{"text", text}, {"en", en}});
    }
    std::string goal;
    bool goal_en = false;
    if (goals)
      for (size_t row = 0; row < goals->table.row_count(); ++row)
        if (cell_text(goals->table, "town", row) == town)
          goal = localized_cell(goals->table, "goal", row, t.lang(), &goal_en);
    view::Array town_targets = targets_of(targets, town, t);
    // Sorting the column sorts by the first planned value (industrial production).
    std::string target_sort =
        town_targets.empty()
            ? std::string("0")
            : std::get<std::string>(std::get<view::Map>(town_targets.front()).at("sort"));
    rows.push_back(view::Map{{"town", name_of(names, town)},
                             {"goal", goal},
                             {"has_goal", !goal.empty()},
                             {"goal_en", goal_en},
                             {"targets", town_targets},
                             {"target_sort", target_sort},
                             {"priorities", items},
                             {"priority_count", static_cast<int>(items.size())}});
  }
  std::string source = source_line(project, priorities, t);
  if (goals) source += "; " + t.get("strategy.goals_source");
  return view::Map{
      {"caption", t.get("strategy.table6_caption")}, {"source", source}, {"rows", rows}};
}

view::Map table8_view(const Project& project, const Dataset& strategy, const Strings& t) {
  const Table& table = strategy.table;
  view::Array rows;
  for (size_t row = 0; row < table.row_count(); ++row)
    rows.push_back(view::Map{{"no", cell_text(table, "no", row)},
                             {"area", cell_text(table, "area", row)},
                             {"events", cell_text(table, "events", row)}});
  return view::Map{{"caption", t.get("strategy.table8_caption")},
                   {"source", source_line(project, strategy, t)},
                   {"rows", rows},
                   {"en", t.lang() != "en"}};
}

/// Priority kinds x towns: how many of a town's Table 6 priorities fall under each kind.
view::Map matrix_view(const Project& project, const Dataset& priorities, const Strings& t,
                      const std::map<std::string, std::string>& names) {
  const Table& table = priorities.table;
  std::vector<std::string> towns = towns_in_order(table, "town");
  // Kinds in the order of priority-kinds.csv, then any kind only priorities.csv names.
  std::vector<std::string> kinds;
  std::map<std::string, std::string> labels;
  if (const Dataset* kind_table = find_dataset_file(project, kKinds))
    for (size_t row = 0; row < kind_table->table.row_count(); ++row) {
      std::string kind = cell_text(kind_table->table, "kind", row);
      kinds.push_back(kind);
      labels[kind] = localized_cell(kind_table->table, "label", row, t.lang());
    }
  for (const auto& kind : towns_in_order(table, "kind"))
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);

  std::map<std::pair<std::string, std::string>, int> count;
  for (size_t row = 0; row < table.row_count(); ++row)
    ++count[{cell_text(table, "kind", row), cell_text(table, "town", row)}];

  view::Array rows;
  std::vector<int> per_town(towns.size(), 0);
  int total = 0;
  for (const auto& kind : kinds) {
    view::Array cells;
    int row_total = 0, towns_with = 0;
    for (size_t i = 0; i < towns.size(); ++i) {
      int n = count[{kind, towns[i]}];
      row_total += n;
      towns_with += n > 0;
      per_town[i] += n;
      cells.push_back(
          view::Map{{"town", towns[i]}, {"count", format_fixed(n, 0, t.lang())}, {"zero", n == 0}});
    }
    if (row_total == 0) continue;  // a kind no priority of Table 6 falls under
    total += row_total;
    rows.push_back(view::Map{{"kind", kind},
                             {"label", labels.count(kind) ? labels[kind] : kind},
                             {"cells", cells},
                             {"total", format_fixed(row_total, 0, t.lang())},
                             {"total_sort", std::to_string(row_total)},
                             {"towns_with", format_fixed(towns_with, 0, t.lang())}});
  }
  view::Array town_heads, totals;
  for (size_t i = 0; i < towns.size(); ++i) {
    town_heads.push_back(view::Map{{"name", name_of(names, towns[i])}, {"town", towns[i]}});
    totals.push_back(view::Map{{"count", format_fixed(per_town[i], 0, t.lang())}});
  }
  return view::Map{{"caption", t.get("strategy.matrix_caption")},
                   {"towns", town_heads},
                   {"rows", rows},
                   {"totals", totals},
                   {"total", format_fixed(total, 0, t.lang())}};
}

}  // namespace

bool has_strategy_tables(const Project& project) {
  return find_dataset_file(project, kPriorities) || find_dataset_file(project, kStrategy);
}

view::Map strategy_view(const Project& project, const Strings& t) {
  auto names = town_names(project, t.lang());
  view::Map view;
  if (const Dataset* priorities = find_dataset_file(project, kPriorities)) {
    view.emplace("table6", table6_view(project, *priorities, t, names));
    view.emplace("matrix", matrix_view(project, *priorities, t, names));
  }
  if (const Dataset* strategy = find_dataset_file(project, kStrategy))
    view.emplace("table8", table8_view(project, *strategy, t));
  return view;
}

}  // namespace qala
