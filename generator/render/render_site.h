#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "check/check_report.h"
#include "core/model.h"
#include "render/page_frame.h"
#include "run/run_results.h"

namespace qala {

/// One output file of the site.
struct Page {
  std::string path;  // relative to the site root, '/'-separated
  std::string content;
};

/// What render_site's pages read, kept alive while their specs are used.
struct SiteInputs {
  const Project& project;
  const RunResults& results;
  const CheckReport& report;
  SiteStrings strings;
};

/// One page before it is rendered: listing these is cheap; `view` builds the whole context the
/// template sees. The page's bytes are a function of the template (with its partials) and that
/// context alone, which is what lets the build cache key a page by them.
struct PageSpec {
  std::string path;           // relative to the site root
  std::string lang;           // the page's language ("" for the root redirect)
  std::string template_name;  // in templates/
  std::function<mstch::map()> view;
  /// Project files whose content the page shows, named by `qala build --explain`.
  std::vector<std::string> sources;
};

/// Checks the templates and strings the site uses, sets mstch's escape (before any thread
/// renders) and loads each language's strings. Throws InputError as render_site.
SiteInputs prepare_site(const Project& project, const RunResults& results,
                        const CheckReport& report);

/// Every page of every language, in output order (see render_site).
std::vector<PageSpec> list_pages(const SiteInputs& site);

/// The static assets, copied as they are: `assets/<name>`.
std::vector<Page> asset_files(const Project& project);

/// The template `name` and every partial it includes (name -> text).
std::map<std::string, std::string> template_closure(
    const std::string& name, const std::map<std::string, std::string>& templates);

/// Renders template `name` with `context`; `partials` must hold its template_closure.
std::string render_template(const std::string& name, const mstch::map& context,
                            const std::map<std::string, std::string>& partials);

/// Renders every page of every language plus assets: `index.html` (sends the reader to the
/// default language), per language `<lang>/index.html`, `<lang>/studies/<id>/index.html` and
/// `<lang>/reproducibility/index.html`, and `assets/<name>` for each asset. A pure function of
/// its inputs: no file I/O, and the same inputs give the same bytes.
/// Throws InputError for a missing UI string (naming the key, the language and
/// site/i18n/<lang>.yaml), a missing page translation, or a template error (naming the
/// template file).
std::vector<Page> render_site(const Project& project, const RunResults& results,
                              const CheckReport& report);

}  // namespace qala
