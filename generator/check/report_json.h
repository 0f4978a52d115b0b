#pragma once
#include <string>

#include "check/check_report.h"
#include "run/run_results.h"

namespace qala {

/// The machine-readable report of `qala check --json`: {checks, summary, results}, with every
/// computed number keyed by "<study>/<analysis>/<path>". Deterministic: same input, same bytes.
std::string report_json(const CheckReport& report, const RunResults& results);

}  // namespace qala
