#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace qala {

/// One row of data/towns/populations.csv.
struct TownPopulation {
  int year = 0;
  double population = 0;
  std::string status;  // reported, approximate, planned
  std::string source;  // a study id or an external source of data/SOURCES.md
  std::string where;
  std::string note;
};

/// One row of data/towns/enterprises.csv.
struct TownEnterprise {
  std::string name;
  std::string sector;
  std::string role;  // city-forming or other
  std::string source;
  std::string where;
};

/// The town's row in one column of Table 1 (data/p000/index-i.csv).
struct TownIndex {
  std::string town_set;  // 27-2022, 20-2022, 9-2023
  int year = 0;
  int rank = 0;       // the printed position (no analysis ranks the printed index)
  int list_size = 0;  // rows printed in that column
  double value = 0;
  std::string printed;
  std::string name_printed;
};

/// One priority of Table 6 (data/p000/priorities.csv) with its kind's label.
struct TownPriority {
  int position = 0;
  std::string kind;
  Localized text;
  Localized kind_label;
};

/// One planned growth to 2035 (data/p000/targets-2035.csv).
struct TownTarget {
  std::string indicator;
  int base_year = 0;
  int target_year = 0;
  double growth_factor = 0;
  std::string printed;
};

/// The town's group in paper 003 (data/p003/town-classification.csv).
struct TownClassification {
  int group = 0;
  std::string label_printed;
  std::string name_printed;
  std::string activity;
};

/// The town's production cluster of Table 5 (k-means, data/p000/production-clusters.csv).
struct TownCluster {
  int cluster = 0;  // 1 high, 2 medium, 3 low production volume
  double distance = 0;
  double model_error_pct = 0;
};

/// An improvement or a weakness the text of paper 000 names for the town
/// (data/p000/strengths-weaknesses.csv).
struct TownAssessment {
  std::string kind;   // improvement or weakness
  std::string scope;  // town, named-among-others or all-studied
  std::string where;
  Localized text;
};

/// Everything the data files say about one town of data/towns/towns.csv.
struct Town {
  std::string id;
  std::string slug;  // the id, checked to be a slug (shared by every language)
  Localized name;
  std::string kind;  // monotown or small-town
  std::string region;
  Localized region_name;
  std::string region_2022;
  Localized region_2022_name;
  bool in_list_27 = false;
  bool in_order_20 = false;
  bool has_2023_data = false;
  std::string industry;
  std::string industry_source;
  std::vector<TownPopulation> populations;
  std::vector<TownEnterprise> enterprises;
  std::vector<TownIndex> indices;
  std::optional<TownClassification> classification;
  std::optional<TownCluster> cluster;
  Localized goal;
  std::vector<TownPriority> priorities;
  std::vector<TownTarget> targets;
  std::vector<TownAssessment> assessments;
  std::vector<std::string> papers;  // study ids (or sources) that mention it, from aliases.csv

  const TownIndex* index_in(const std::string& town_set) const;
  /// The newest reported (not planned) population, if any.
  const TownPopulation* latest_population() const;
  /// True when Table 6 or the goals or targets of paper 000 cover the town.
  bool has_investment_profile() const;
};

/// The datasets the registry was read from, for citing them; null when absent.
struct TownSources {
  const Dataset* towns = nullptr;
  const Dataset* populations = nullptr;
  const Dataset* enterprises = nullptr;
  const Dataset* index_i = nullptr;
  const Dataset* classification = nullptr;
  const Dataset* clusters = nullptr;
  const Dataset* goals = nullptr;
  const Dataset* priorities = nullptr;
  const Dataset* targets = nullptr;
  const Dataset* assessments = nullptr;
};

struct TownRegistry {
  std::vector<Town> towns;  // in towns.csv order
  TownSources sources;
  /// The sets of Table 1 in printed order ("27-2022", "20-2022", "9-2023").
  std::vector<std::string> index_sets;

  const Town* find(const std::string& id) const;
};

/// The registry built from the project's datasets, found by file (data/towns/towns.csv and the
/// files beside it, data/p000/*, data/p003/town-classification.csv); an empty registry when the
/// project has no data/towns/towns.csv. Throws InputError at the row for a row naming a town
/// the registry lacks, or a town id that is not a slug.
TownRegistry load_town_registry(const Project& project);

/// True when the project has data/towns/towns.csv (cheap: no table is read).
bool has_town_registry(const Project& project);

}  // namespace qala
