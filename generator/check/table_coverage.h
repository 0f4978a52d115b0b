#pragma once
#include <vector>

#include "check/check_report.h"
#include "core/model.h"

namespace qala {

/// The coverage of each printed table of `study` from its `tables:` block and its checks
/// (`checks` holds the study's checks only, in golden-file order).
std::vector<TableCoverage> table_coverage(const Study& study, const std::vector<Check>& checks);

}  // namespace qala
