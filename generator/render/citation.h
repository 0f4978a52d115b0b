#pragma once
#include <string>

#include "render/view.h"

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// "Borbasova et al. (2021)": the first author's surname, "et al." in the page's language when
/// there are more than two authors, and the year. A paper without authors is named by its title.
std::string short_citation(const Paper& paper, const Strings& strings);

/// A study's citation as a template sees it: `authors` (joined), `has_authors`, `year`,
/// `journal`, `has_journal`, `volume`,
/// `issue`, `pages`, `has_volume`, `has_issue`, `has_pages`, `doi`, `doi_href`, `has_doi`,
/// `short`, and `title` (the paper's title in the page's language).
view::Map citation_view(const Study& study, const Strings& strings);

}  // namespace qala
