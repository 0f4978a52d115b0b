#pragma once
#include "check/check_report.h"
#include "core/model.h"
#include "run/run_results.h"

namespace qala {

/// Compares every golden entry of every study with the computed results. Throws InputError at a
/// golden entry whose result path names no computed number (with a "did you mean").
CheckReport run_checks(const Project& project, const RunResults& results);

/// Compares one golden entry with its computed value (nothing when unavailable); `low`/`high`
/// are the extremes a consistency method derived from rounded printed inputs.
Check compare(const GoldenEntry& golden, std::optional<double> computed, std::optional<double> low,
              std::optional<double> high);

}  // namespace qala
