#pragma once
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"
#include "run/run_results.h"

namespace qala {

/// `studies/<id>/index.html`: the page of a study below its language folder.
std::string study_page_path(const Study& study);

/// A study page as its template sees it: `id`, `citation` (see citation_view), `text_html`,
/// `datasets` (see dataset_view), `has_datasets`, `groups` (the reproduced tables: golden checks
/// grouped by `table`, each with `anchor`, `page`, `has_page`, `checks` (see check_view, plus
/// `note_number`, `note_anchor`) and `notes` (`number`, `anchor`, `reason`)), `has_groups`,
/// `summary` (see summary_view), `charts` (`figure_html`: inline SVG line charts of the
/// study's trend analyses, see trend_charts_html) and `has_charts`, `typologies` (cluster plots,
/// see typology_charts_html) and `has_typologies`, `intervals` (confidence intervals of printed
/// coefficients, see coefficient_charts_html) and `has_intervals`. The downloads beside the page
/// are made by study_downloads.
view::Map study_view(const Project& project, const Study& study, const RunResults& results,
                     const CheckReport& report, const Strings& strings);

}  // namespace qala
