#pragma once
#include <optional>
#include <string>
#include <vector>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"
#include "render/town_registry.h"
#include "run/run_results.h"

namespace qala {

/// Site paths of the town pages, relative to a language folder.
constexpr const char* kTownsIndexPath = "towns/index.html";
constexpr const char* kInvestorsIndexPath = "investors/index.html";
std::string town_page_path(const Town& town);        // towns/<slug>/index.html
std::string investment_page_dir(const Town& town);   // towns/<slug>/investment/
std::string investment_page_path(const Town& town);  // towns/<slug>/investment/index.html

/// The town's name in `lang` (the English one when that language has none).
std::string town_name(const Town& town, const std::string& lang);
/// The text of `text` in `lang`, or "" when absent.
std::string text_in(const Localized& text, const std::string& lang);

/// "Kozhamkulova et al. (2024), Table 1": where a dataset's numbers come from, in the page's
/// language; the dataset's title when it names no paper.
std::string dataset_source(const Dataset* dataset, const Project& project, const Strings& strings);
/// The short citation of study `id`, or `id` itself when it is an external source.
std::string source_name(const std::string& id, const Project& project, const Strings& strings);

/// A clustering analysis whose result names a cluster per town (`clusters/<town id>`), e.g. the
/// 2023 typology of paper 000 (method partition-1d).
struct TownClustering {
  const Study* study = nullptr;
  const Analysis* analysis = nullptr;
  const Result* result = nullptr;
  std::optional<int> cluster_of(const std::string& town) const;
  /// The towns of the same cluster, `town` excluded.
  std::vector<std::string> members_like(const std::string& town) const;
};
/// The first such analysis in study order, or nothing when no result has per-town clusters.
std::optional<TownClustering> find_town_clustering(const Project& project,
                                                   const RunResults& results);

/// The check that compares with `<analysis>/<path>` of `study`, or null.
const Check* find_check(const CheckReport& report, const std::string& study,
                        const std::string& result);
/// Every check whose result path ends in "/<town id>": the checks about this town.
std::vector<const Check*> town_checks(const CheckReport& report, const std::string& town);
/// A check as a town page shows it: `status`, `status_label`, `href` (its row on the
/// reproducibility page, or on its study's page; see check_href), `published`, `computed`,
/// `has_computed`, `where`, `table`.
view::Map town_check_view(const Check& check, const Project& project, const CheckReport& report,
                          const Strings& strings, const std::string& root);

/// Index I of one Table 1 column written like its printed text, in the style of `lang`.
std::string format_index(const TownIndex& index, const std::string& lang);
/// "27-2022" -> the label of that list (UI string "towns.set_27_2022").
std::string index_set_label(const std::string& town_set, const Strings& strings);

}  // namespace qala
