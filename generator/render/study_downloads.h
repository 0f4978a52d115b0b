#pragma once
#include <string>
#include <vector>

#include "check/check_report.h"
#include "core/model.h"
#include "render/render_site.h"
#include "run/run_results.h"

namespace qala {

/// The folder of a study's downloads, below the site's root: "downloads/<study id>/". They are
/// data, the same in every language, so each has one address that every language's page links.
std::string study_downloads_dir(const Study& study);

/// The files offered for download from a study's page, in `dir` (study_downloads_dir):
/// `results.csv` and `results.json` (every computed number,
/// keyed by analysis and path) and `checks.csv` and `checks.json` (every golden entry with
/// printed and computed values, tolerance, status and reason). Numbers with full precision and
/// a decimal point, whatever the language; the same inputs give the same bytes.
std::vector<Page> study_downloads(const Study& study, const RunResults& results,
                                  const CheckReport& report, const std::string& dir);

}  // namespace qala
