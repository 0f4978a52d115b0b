#pragma once
#include <string>
#include <vector>

#include "render/view.h"

#include "render/page_frame.h"
#include "render/render_site.h"
#include "render/town_registry.h"

namespace qala {

/// The templates the town pages use (towns.html, town.html, investment.html, investors.html).
std::vector<std::string> town_template_names();

/// Adds the pages of `lang` about the towns of `site.towns`: `<lang>/towns/index.html`, one
/// profile per town (`<lang>/towns/<slug>/index.html`), one investment profile per town with
/// paper 000 data (`<lang>/towns/<slug>/investment/index.html`) and `<lang>/investors/index.html`.
/// `sources` are the files those pages show (for --explain). Nothing when the registry is empty.
void add_town_pages(const SiteInputs& site, const std::string& lang, const PageSources& sources,
                    std::vector<PageSpec>& pages);

/// Adds the files beside each investment profile of `lang`: its data as CSV and JSON and its
/// citation as BibTeX and RIS.
void add_town_files(const SiteInputs& site, const std::string& lang, std::vector<Page>& pages);

}  // namespace qala
