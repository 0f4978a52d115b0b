#pragma once
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// `reproducibility/index.html`: the check report below a language folder.
inline constexpr const char* kReportPath = "reproducibility/index.html";

/// The home page (`<lang>/index.html`) as its template sees it: `intro_html` (site/pages/home),
/// `summary` (all checks, see summary_view) and `studies`, each with `id`, `title`, `short`,
/// `byline` (the short citation, or the year alone for a paper without authors),
/// `href` (its page), `report_href` (its part of the report) and `summary`. `root` is the page's
/// way back to the site root.
view::Map home_view(const Project& project, const CheckReport& report, const Strings& strings,
                    const std::string& root);

/// The reproducibility report (`<lang>/reproducibility/index.html`): `intro_html`
/// (site/pages/reproducibility), `summary`, and `studies`, each with `id`, `anchor`
/// (`study-<id>`), `title`, `short`, `href`, `summary`, `checks` (see check_view) and
/// `has_checks`.
view::Map report_view(const Project& project, const CheckReport& report, const Strings& strings,
                      const std::string& root);

}  // namespace qala
