#pragma once
#include <string>
#include <vector>

#include "check/check_report.h"
#include "core/model.h"
#include "render/render_site.h"
#include "run/run_results.h"

namespace qala {

/// The files offered for download beside a study page (`<dir>` is the page's folder, e.g.
/// "en/studies/karaganda-2021/"): `results.csv` and `results.json` (every computed number,
/// keyed by analysis and path) and `checks.csv` and `checks.json` (every golden entry with
/// printed and computed values, tolerance, status and reason). Numbers with full precision and
/// a decimal point, whatever the language; the same inputs give the same bytes.
std::vector<Page> study_downloads(const Study& study, const RunResults& results,
                                  const CheckReport& report, const std::string& dir);

}  // namespace qala
