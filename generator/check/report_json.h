#pragma once
#include <string>

#include "check/check_report.h"
#include "run/run_results.h"

namespace qala {

/// The machine-readable report of `qala check --json`: {checks, summary, results}; the summary
/// has counts overall, `by_study`, and `by_table` (study -> printed table -> kind of check); every
/// computed number is keyed by "<study>/<analysis>/<path>". Deterministic: same input, same bytes.
std::string report_json(const CheckReport& report, const RunResults& results);

}  // namespace qala
