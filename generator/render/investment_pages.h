#pragma once
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"
#include "render/investment_files.h"
#include "render/town_common.h"

namespace qala {

/// The support instruments the papers name, by priority kind (Table 6): special economic zones,
/// technology parks, cluster associations, preferential lending. Other kinds are not instruments.
bool is_support_instrument(const std::string& priority_kind);

/// The citation of a town's investment profile in `strings`' language.
ProfileCitation investment_citation(const Town& town, const TownRegistry& registry,
                                    const Project& project, const Strings& strings);

/// File names of the downloads beside the profile page: "<slug>-investment.csv", ".json",
/// ".bib", ".ris".
std::string investment_file(const Town& town, const std::string& extension);

/// One investment profile as the template `investment.html` sees it.
view::Map investment_view(const Town& town, const TownRegistry& registry, const Project& project,
                          const Strings& strings, const std::string& root);

/// The investors index: every town with a profile, in the language's alphabetical order.
view::Map investors_index_view(const TownRegistry& registry, const Project& project,
                               const Strings& strings, const std::string& root);

}  // namespace qala
