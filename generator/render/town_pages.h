#pragma once
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"
#include "render/town_common.h"
#include "run/run_results.h"

namespace qala {

/// The towns index as a template sees it: `count_text` (plural form), `sets` (`label` of each
/// Table 1 column), `towns` in the order of the page language's alphabet, each with `name`,
/// `href`, `sort_name` (position in that order), `region`, `population`, `population_year`,
/// `population_sort`, `industry`, list memberships, `indices` (`text`, `sort`), `type`,
/// `type_sort`, `production`, `production_sort`; and the sources of each column.
view::Map towns_index_view(const TownRegistry& registry, const Project& project,
                           const RunResults& results, const Strings& strings,
                           const std::string& root);

/// One town's profile as the template `town.html` sees it (see the template for the fields).
view::Map town_profile_view(const Town& town, const TownRegistry& registry, const Project& project,
                            const RunResults& results, const CheckReport& report,
                            const Strings& strings, const std::string& root);

/// The indices of `registry.towns` in the order of `lang`'s alphabet by the towns' names.
std::vector<size_t> towns_in_alphabet_order(const TownRegistry& registry, const std::string& lang);

}  // namespace qala
