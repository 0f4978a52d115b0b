#pragma once
#include <string>

#include "check/check_report.h"

namespace qala {

/// What `qala check` prints: one line per study with counts per status and a line per printed
/// table with its coverage (printed, transcribed, checked numbers), then every check that
/// did not come out as its golden entry expects, with published vs computed and where printed.
std::string report_text(const CheckReport& report);

}  // namespace qala
