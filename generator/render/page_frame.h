#pragma once
#include <map>
#include <string>

#include "render/view.h"

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// The UI strings of every language of the site, by language code.
using SiteStrings = std::map<std::string, Strings>;

/// "../../" for a page at "en/studies/index.html": the way back to the site root, so every
/// link is relative and the site works from file:// and under any base path.
std::string root_prefix(const std::string& page_path);

/// The context every page shares, for the page `<lang>/<rel_path>`:
/// `lang`, `root`, `site_title`, `page_title`, `stylesheets` (one `href` per CSS asset),
/// `scripts` (one `src` per JavaScript asset, loaded deferred by the head partial),
/// `home_href`, `report_href`, `alternates` (`lang`, `href` of the same page in each language),
/// `x_default_href`, `languages` (the switcher: `lang`, `name` in its own language, `href`,
/// `current`); the UI strings (`t`) come from page_outer_context when rendering. `at_site_root`
/// is for the page at the site's root (`index.html`) that sends the reader on to a language.
view::Map page_frame(const Project& project, const SiteStrings& strings, const std::string& lang,
                     const std::string& rel_path, const std::string& page_title,
                     bool at_site_root = false);

}  // namespace qala
