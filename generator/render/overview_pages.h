#pragma once
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// `reproducibility/index.html`: the check report below a language folder.
inline constexpr const char* kReportPath = "reproducibility/index.html";

/// Up to this many studies, the report gives each study a section of its own (coverage and every
/// check) and the home page a card each. A larger site (a statistics office's thousands of towns)
/// would make pages of tens of megabytes that no browser shows well: its report has one coverage
/// table over all studies instead, with sections only for the studies that have more to say
/// than reproduced checks, and its home page links to that table. Each check stays listed on its
/// study's own page.
inline constexpr size_t kStudiesInFull = 100;

/// Whether the report lists each check of study `study_id` under its anchor (check_anchor): every
/// study's on a site of up to kStudiesInFull studies, on a larger one those with a section.
bool report_lists_checks(const Project& project, const CheckReport& report,
                         const std::string& study_id);

/// Where a page links `check`: its row in the report, or, when the report does not list it, its
/// row on its study's page (`row-` and its anchor). `root` is the linking page's way back to the
/// site root.
std::string check_href(const Project& project, const CheckReport& report, const Check& check,
                       const std::string& root, const std::string& lang);

/// The home page (`<lang>/index.html`) as its template sees it: `intro_html` (site/pages/home),
/// `summary` (all checks, see summary_view) and `studies`, each with `id`, `title`, `short`,
/// `byline` (the short citation, or the year alone for a paper without authors),
/// `href` (its page), `report_href` (its part of the report) and `summary`. `root` is the page's
/// way back to the site root. `has_studies` tells whether the project has any; on a site of
/// more than kStudiesInFull studies, `studies` is empty and `many_studies` has `count` and
/// `href` (the report's table of all studies).
view::Map home_view(const Project& project, const CheckReport& report, const Strings& strings,
                    const std::string& root);

/// The reproducibility report (`<lang>/reproducibility/index.html`): `intro_html`
/// (site/pages/reproducibility), `summary`, and `studies`, each with `id`, `anchor`
/// (`study-<id>`), `title`, `short`, `href`, `summary`, `checks` (see check_view) and
/// `has_checks`. On a site of more than kStudiesInFull studies, `has_all_tables` is true and
/// `all_tables` has a row per study and printed table (coverage_view's keys plus `study_title`,
/// `study_href`, `row_id`: `study-<id>` on the first row of a study without a section, and
/// `section_href`: `#study-<id>` for one with a section), and `studies` holds only the studies
/// with a finding, an unavailable value, a check not as expected, a known discrepancy or no
/// coverage.
view::Map report_view(const Project& project, const CheckReport& report, const Strings& strings,
                      const std::string& root);

}  // namespace qala
