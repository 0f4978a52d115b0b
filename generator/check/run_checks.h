#pragma once
#include "check/check_report.h"
#include "core/model.h"
#include "run/run_results.h"

namespace qala {

/// Compares every golden entry of every study with the computed results. Throws InputError at a
/// golden entry whose result path names no computed number (with a "did you mean").
CheckReport run_checks(const Project& project, const RunResults& results);

/// The checks of one study's golden entries, in golden-file order (throws as run_checks).
std::vector<Check> check_study(const Study& study,
                               const std::map<std::string, Result>& study_results);

/// Appends one study's checks to `report` and counts them in its summaries. run_checks is
/// check_study + add_to_report for every study in order.
void add_to_report(CheckReport& report, const Study& study, std::vector<Check> checks);

/// Compares one golden entry with its computed value (nothing when unavailable); `low`/`high`
/// are the extremes a consistency method derived from rounded printed inputs.
Check compare(const GoldenEntry& golden, std::optional<double> computed, std::optional<double> low,
              std::optional<double> high);

}  // namespace qala
