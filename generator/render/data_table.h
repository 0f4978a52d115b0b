#pragma once
#include "render/view.h"

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// The metadata file beside a dataset's CSV: `data/x/name.csv` -> `data/x/name.meta.yaml`.
std::string meta_file(const Dataset& dataset);

/// A dataset as an HTML table sees it: `id`, `anchor`, `title`, `source_paper` (short citation
/// of the paper named by `source.paper`), `source_table`, `source_page`, `has_page`, `notes`,
/// `has_notes`, `columns` (`label`, `unit`, `has_unit`, `numeric`), `rows` (`cells`: `text`,
/// `numeric`, `sort_value`: the plain number site/js/tables.js sorts by) and `filterable`
/// (long enough for a filter box). Numbers are written in the style of the page's language; years
/// are not grouped.
view::Map dataset_view(const Dataset& dataset, const Project& project, const Strings& strings);

}  // namespace qala
