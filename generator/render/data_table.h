#pragma once
#include "render/view.h"

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// The metadata file beside a dataset's CSV: `data/x/name.csv` -> `data/x/name.meta.yaml`.
std::string meta_file(const Dataset& dataset);

/// A dataset as an HTML table sees it: `id`, `anchor`, `title`, `source_paper` (short citation
/// of the paper named by `source.paper`), `source_table`, `source_page`, `has_page`, `notes`,
/// `has_notes`, `filter` (see table_filter; only on a table long enough for a filter box),
/// `columns` (`label`, `unit`, `has_unit`, `numeric`), `rows` (`cells`: `text`, `numeric`,
/// `sort_value`: the plain number site/js/tables.js sorts by) and `filterable` (long enough for a
/// filter box). Numbers are written in the style of the page's language; years are not grouped.
view::Map dataset_view(const Dataset& dataset, const Project& project, const Strings& strings);

/// The filter box of the table with id `<id>-table`, as partials/table_filter.html sees it:
/// `id`, `label` (the box's label) and `extra_class` (classes before "table-filter", each
/// followed by a space).
view::Map table_filter(const std::string& id, const std::string& label,
                       const std::string& extra_class = "");

}  // namespace qala
