#include "render/town_registry.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/error.h"
#include "render/home_data.h"
#include "render/number_format.h"
#include "render/slug.h"

namespace qala {
namespace {

/// Reads cells of one dataset by column name; a missing column is an input error at the file.
class Rows {
 public:
  explicit Rows(const Dataset& dataset) : dataset_(dataset) {}
  size_t size() const { return dataset_.table.row_count(); }
  const SourceLocation& where(size_t row) const { return dataset_.table.rows[row]; }

  std::string text(const std::string& name, size_t row) const {
    const Column& column = find(name);
    if (!column.numeric) return column.texts[row];
    double value = column.numbers[row];
    return std::isnan(value) ? "" : format_shortest(value, "en", /*group=*/false);
  }
  double number(const std::string& name, size_t row) const {
    const Column& column = find(name);
    if (!column.numeric)
      throw InputError(column.where,
                       "expected column '" + name + "' of " + dataset_.file + " to hold numbers");
    return column.numbers[row];
  }
  int integer(const std::string& name, size_t row) const {
    double value = number(name, row);
    return std::isnan(value) ? 0 : static_cast<int>(std::lround(value));
  }
  Localized localized(const std::string& prefix, size_t row) const {
    Localized out;
    for (const char* lang : {"en", "ru", "kk"}) out[lang] = text(prefix + lang, row);
    return out;
  }

 private:
  const Column& find(const std::string& name) const {
    const Column* column = dataset_.table.find(name);
    if (column == nullptr)
      throw InputError(SourceLocation{dataset_.file, 1, 1},
                       "expected a column '" + name + "' in " + dataset_.file);
    return *column;
  }
  const Dataset& dataset_;
};

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(';', start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    part.erase(0, part.find_first_not_of(' '));
    part.erase(part.find_last_not_of(' ') + 1);
    if (!part.empty()) out.push_back(part);
    start = end + 1;
  }
  return out;
}

}  // namespace

const TownIndex* Town::index_in(const std::string& town_set) const {
  for (const auto& index : indices)
    if (index.town_set == town_set) return &index;
  return nullptr;
}

const TownPopulation* Town::latest_population() const {
  const TownPopulation* latest = nullptr;
  for (const auto& row : populations)
    if (row.status != "planned" && (latest == nullptr || row.year > latest->year)) latest = &row;
  return latest;
}

bool Town::has_investment_profile() const {
  return !priorities.empty() || !goal.empty() || !targets.empty();
}

const Town* TownRegistry::find(const std::string& id) const {
  for (const auto& town : towns)
    if (town.id == id) return &town;
  return nullptr;
}

bool has_town_registry(const Project& project) {
  return find_dataset_file(project, "data/towns/towns.csv") != nullptr;
}

TownRegistry load_town_registry(const Project& project) {
  TownRegistry registry;
  TownSources& s = registry.sources;
  s.towns = find_dataset_file(project, "data/towns/towns.csv");
  if (s.towns == nullptr) return registry;
  s.populations = find_dataset_file(project, "data/towns/populations.csv");
  s.enterprises = find_dataset_file(project, "data/towns/enterprises.csv");
  s.index_i = find_dataset_file(project, "data/p000/index-i.csv");
  s.classification = find_dataset_file(project, "data/p003/town-classification.csv");
  s.clusters = find_dataset_file(project, "data/p000/production-clusters.csv");
  s.goals = find_dataset_file(project, "data/p000/goals.csv");
  s.priorities = find_dataset_file(project, "data/p000/priorities.csv");
  s.targets = find_dataset_file(project, "data/p000/targets-2035.csv");
  s.assessments = find_dataset_file(project, "data/p000/strengths-weaknesses.csv");
  const Dataset* regions = find_dataset_file(project, "data/towns/regions.csv");
  const Dataset* aliases = find_dataset_file(project, "data/towns/aliases.csv");
  const Dataset* kinds = find_dataset_file(project, "data/p000/priority-kinds.csv");

  std::map<std::string, Localized> region_names;
  if (regions != nullptr) {
    Rows rows(*regions);
    for (size_t r = 0; r < rows.size(); ++r)
      region_names[rows.text("id", r)] = rows.localized("name_", r);
  }

  Rows towns(*s.towns);
  std::map<std::string, size_t> at;
  for (size_t r = 0; r < towns.size(); ++r) {
    Town town;
    town.id = towns.text("id", r);
    town.slug = slug_from_id(town.id, towns.where(r));
    town.name = towns.localized("name_", r);
    town.kind = towns.text("kind", r);
    town.region = towns.text("region", r);
    town.region_name = region_names[town.region];
    town.region_2022 = towns.text("region_2022", r);
    town.region_2022_name = region_names[town.region_2022];
    town.in_list_27 = towns.integer("in_list_2019_27", r) == 1;
    town.in_order_20 = towns.integer("in_order_2023_20", r) == 1;
    town.has_2023_data = towns.integer("has_2023_data", r) == 1;
    town.industry = towns.text("industry", r);
    town.industry_source = towns.text("industry_source", r);
    if (at.count(town.id) != 0)
      throw InputError(towns.where(r), "town id '" + town.id + "' appears twice in towns.csv");
    at[town.id] = registry.towns.size();
    registry.towns.push_back(std::move(town));
  }
  // The town a row of another file names; throws at the row when the registry lacks it.
  auto town_of = [&](const Rows& rows, size_t r) -> Town& {
    std::string id = rows.text("town", r);
    auto it = at.find(id);
    if (it == at.end())
      throw InputError(rows.where(r),
                       "expected a town id of data/towns/towns.csv, got '" + id + "'");
    return registry.towns[it->second];
  };

  if (s.populations != nullptr) {
    Rows rows(*s.populations);
    for (size_t r = 0; r < rows.size(); ++r)
      town_of(rows, r).populations.push_back({rows.integer("year", r), rows.number("population", r),
                                              rows.text("status", r), rows.text("source", r),
                                              rows.text("where", r), rows.text("note", r)});
  }
  if (s.enterprises != nullptr) {
    Rows rows(*s.enterprises);
    for (size_t r = 0; r < rows.size(); ++r)
      town_of(rows, r).enterprises.push_back({rows.text("enterprise", r), rows.text("sector", r),
                                              rows.text("role", r), rows.text("source", r),
                                              rows.text("where", r)});
  }
  if (s.index_i != nullptr) {
    Rows rows(*s.index_i);
    std::map<std::string, int> sizes;
    for (size_t r = 0; r < rows.size(); ++r) {
      std::string set = rows.text("town_set", r);
      if (sizes[set]++ == 0) registry.index_sets.push_back(set);
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      std::string set = rows.text("town_set", r);
      town_of(rows, r).indices.push_back(
          {set, rows.integer("year", r), rows.integer("position", r), sizes[set],
           rows.number("index_i", r), rows.text("index_printed", r), rows.text("name_printed", r)});
    }
  }
  if (s.classification != nullptr) {
    Rows rows(*s.classification);
    for (size_t r = 0; r < rows.size(); ++r)
      town_of(rows, r).classification =
          TownClassification{rows.integer("state_group", r), rows.text("state_label_printed", r),
                             rows.text("name_printed", r), rows.text("activity_type", r)};
  }
  if (s.clusters != nullptr) {
    Rows rows(*s.clusters);
    for (size_t r = 0; r < rows.size(); ++r)
      town_of(rows, r).cluster = TownCluster{rows.integer("cluster", r), rows.number("distance", r),
                                             rows.number("model_error_pct", r)};
  }
  if (s.goals != nullptr) {
    Rows rows(*s.goals);
    for (size_t r = 0; r < rows.size(); ++r) town_of(rows, r).goal = rows.localized("goal_", r);
  }
  std::map<std::string, Localized> kind_labels;
  if (kinds != nullptr) {
    Rows rows(*kinds);
    for (size_t r = 0; r < rows.size(); ++r)
      kind_labels[rows.text("kind", r)] = rows.localized("label_", r);
  }
  if (s.priorities != nullptr) {
    Rows rows(*s.priorities);
    for (size_t r = 0; r < rows.size(); ++r) {
      std::string kind = rows.text("kind", r);
      town_of(rows, r).priorities.push_back(
          {rows.integer("position", r), kind, rows.localized("text_", r), kind_labels[kind]});
    }
  }
  if (s.targets != nullptr) {
    Rows rows(*s.targets);
    for (size_t r = 0; r < rows.size(); ++r)
      town_of(rows, r).targets.push_back(
          {rows.text("indicator", r), rows.integer("base_year", r), rows.integer("target_year", r),
           rows.number("growth_factor", r), rows.text("printed", r)});
  }
  if (s.assessments != nullptr) {
    Rows rows(*s.assessments);
    for (size_t r = 0; r < rows.size(); ++r)
      town_of(rows, r).assessments.push_back({rows.text("kind", r), rows.text("scope", r),
                                              rows.text("where", r), rows.localized("text_", r)});
  }
  if (aliases != nullptr) {
    Rows rows(*aliases);
    for (size_t r = 0; r < rows.size(); ++r) {
      Town& town = town_of(rows, r);
      for (const auto& paper : split_list(rows.text("papers", r)))
        if (std::find(town.papers.begin(), town.papers.end(), paper) == town.papers.end())
          town.papers.push_back(paper);
    }
  }
  for (auto& town : registry.towns) std::sort(town.papers.begin(), town.papers.end());
  return registry;
}

}  // namespace qala
