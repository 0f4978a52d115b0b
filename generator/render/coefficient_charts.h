#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "render/i18n.h"
#include "run/run_results.h"

namespace qala {

/// Confidence-interval charts of the printed regression tables a study checks with
/// `coefficient-table`: per coefficient, the printed estimate and the interval b ± t·SE that the
/// consistency method computed from the printed coefficient, standard error and degrees of
/// freedom (`<name>/ci_lower`, `<name>/ci_upper`; the estimate is their midpoint). Analyses
/// without a result are left out.
std::vector<std::string> coefficient_charts_html(const Study& study, const RunResults& results,
                                                 const Strings& strings);

}  // namespace qala
