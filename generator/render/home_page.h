#pragma once
#include <set>
#include <string>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// What the home page adds to home_view, for `<lang>/index.html`:
/// - `figures` (`value`, `label`) and `has_figures`: headline figures counted from the town
///   registry (data/towns/towns.csv: towns in each official list), the studies and the checks;
/// - `entries` (`href`, `label`, `desc`) and `has_entries`: the site's sections, each only when
///   `page_paths` (every page the site writes, e.g. "en/towns/index.html") holds its page, so
///   the home page never links to a page another part of the site did not make;
/// - `map_html` and `has_map`: the locator map of the towns in data/towns/coordinates.csv, each
///   linking to `towns/<id>/index.html` when that page is in `page_paths`.
/// `root` is the page's way back to the site root.
view::Map home_extras(const Project& project, const CheckReport& report, const Strings& strings,
                      const std::string& root, const std::set<std::string>& page_paths);

}  // namespace qala
