#pragma once
#include <functional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "render/page_frame.h"
#include "render/render_site.h"
#include "render/town_registry.h"

namespace qala {

/// Renders template `name` with `context`; throws InputError naming the template on failure.
using RenderTemplate =
    std::function<std::string(const std::string& name, const mstch::map& context)>;

/// The templates the town pages use (towns.html, town.html, investment.html, investors.html).
std::vector<std::string> town_template_names();

/// Adds the pages of `lang` about the towns of `registry`: `<lang>/towns/index.html`, one
/// profile per town (`<lang>/towns/<slug>/index.html`), one investment profile per town with
/// paper 000 data (`<lang>/towns/<slug>/investment/index.html` with its CSV, JSON, BibTeX and
/// RIS files beside it) and `<lang>/investors/index.html`. Nothing when the registry is empty.
void add_town_pages(const TownRegistry& registry, const Project& project, const RunResults& results,
                    const CheckReport& report, const SiteStrings& strings, const std::string& lang,
                    const RenderTemplate& render, std::vector<Page>& pages);

}  // namespace qala
