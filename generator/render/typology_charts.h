#pragma once
#include <string>
#include <vector>

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"
#include "run/run_results.h"

namespace qala {

/// The cluster plots of a study's one-variable typologies (`kmeans`, `hclust`, `partition-1d`
/// analyses on one column with a `label`): each labelled row's value from the dataset (after
/// the analysis's row filter) and its computed cluster, marked with what the paper's text says
/// (the printed cluster and "above centre" statements of the golden entries that check this
/// analysis). Analyses without a result are left out.
std::vector<std::string> typology_charts_html(const Study& study, const RunResults& results,
                                              const CheckReport& report, const Strings& strings);

}  // namespace qala
