#pragma once
#include <string>

#include "render/view.h"

#include "check/check_report.h"

namespace qala {

/// The computed value of `check` written like its published text (same decimals and notation)
/// in the style of `lang`; "" when nothing was computed.
std::string format_computed(const Check& check, const std::string& lang);

/// `check-<study>-<check id>`: the anchor of a check on the reproducibility page.
std::string check_anchor(const Check& check);

/// One check as a template sees it: `id`, `anchor`, `table`, `row`, `column`, `where`
/// ("row / column"), `page`, `published` (verbatim), `computed`, `has_computed`, `status`
/// (reproduced|differs|unavailable), `is_reproduced`, `is_differs`, `is_unavailable`,
/// `expect_reproduced`, `expect_differs`, `expect_unavailable`, `ok`, `reason`, `has_reason`,
/// `kind`, `is_consistency`, `result`, `tolerance` (formatted), `published_sort` and
/// `computed_sort` (plain numbers for a table's data-sort-value).
view::Map check_view(const Check& check, const std::string& lang);

/// Counts of a summary as a template sees them: `reproduced`, `differs`, `unavailable`,
/// `not_ok`, `total` (formatted in `lang`) and `has_not_ok`.
view::Map summary_view(const CheckSummary& summary, const std::string& lang);

/// Coverage of one printed table as a template sees it: `table`, `printed` ("" when not
/// declared), `transcribed`, `checked`, `reproduced`, `consistent`, `differs`, `unavailable`
/// (formatted in `lang`), `*_sort` plain numbers, `counted`, `left_out`, `has_left_out`.
view::Map coverage_view(const TableCoverage& coverage, const std::string& lang);

}  // namespace qala
