#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "render/i18n.h"
#include "run/run_results.h"

namespace qala {

/// The line charts of a study's `trend` analyses, as HTML figures: one chart per dataset and
/// (x, y) pair, with the observed points and every fitted trend curve (from the result's
/// coefficients/a and coefficients/b, or coefficients/c0..), each named by its family in the
/// page's language and its R². Analyses without a result are left out.
std::vector<std::string> trend_charts_html(const Study& study, const RunResults& results,
                                           const Strings& strings);

}  // namespace qala
