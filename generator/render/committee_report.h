#pragma once
#include <set>
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// `report/index.html`: the report to the Science Committee below a language folder.
inline constexpr const char* kCommitteePath = "report/index.html";
/// The PDF `qala build --pdf` prints the report to, beside its page.
inline constexpr const char* kCommitteePdfName = "report.pdf";

/// The programme's study: the one that reads data/p001/outputs.csv (planned and achieved
/// outputs), or nullptr when no study does; the site then has no programme report.
const Study* programme_study(const Project& project);

/// The report to the Science Committee as its template sees it: `intro_html`
/// (site/pages/report), `programme` (the programme's title), `cite`, `subprogrammes`,
/// `outputs` (planned and achieved per kind of output and year, with `totals`), `chart_html`
/// (planned vs achieved bars), `publications`, `patents`, `acts`, `team`, `studies` (check
/// counts per study, `report_href` into the reproducibility report) and `has_pdf`/`pdf_href`
/// when the CLI prints a PDF. Every count comes from data/p001 or from `report`.
view::Map committee_view(const Project& project, const CheckReport& report, const Strings& strings,
                         const std::string& root);

}  // namespace qala
