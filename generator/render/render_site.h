#pragma once
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/view.h"

#include "check/check_report.h"
#include "core/model.h"
#include "render/mustache.h"
#include "render/page_frame.h"
#include "render/town_registry.h"
#include "render/untranslated.h"
#include "run/run_results.h"

namespace qala {

/// One output file of the site.
struct Page {
  std::string path;  // relative to the site root, '/'-separated
  std::string content;
  bool unchanged = false;  // the same bytes as the last build wrote at `path` (still there)
  bool written = false;    // already handed to the output (its content then dropped)
};

/// How render_site treats missing translations.
struct RenderOptions {
  /// `qala build --allow-fallback`: a UI string or page text missing in a language is taken
  /// from the default language (first in site.yaml), marked lang="<default>" on the page with a
  /// "not yet translated" badge (UI string `i18n.untranslated`, required in every language).
  bool allow_fallback = false;
  /// Receives one warning per missing item, naming the file (and key); may be empty.
  std::function<void(const std::string&)> warn;
};

/// What render_site's pages read, kept alive while their specs are used.
struct SiteInputs {
  const Project& project;
  const RunResults& results;
  const CheckReport& report;
  RenderOptions options;
  std::unique_ptr<FallbackLog> fallback_log;  // shared by the Strings below (a stable address)
  SiteStrings strings;
  TownRegistry towns;
};

/// One page before it is rendered: listing these is cheap; `view` builds the context the template
/// sees, except the UI strings (`t`), which page_outer_context gives, shared by all pages of a
/// language. The page's bytes are a function of the template (with its partials), that view and
/// the strings of its language, which is what lets the build cache key a page by them.
/// The project files a page shows (see PageSpec::sources); null when it shows none.
using PageSources = std::shared_ptr<const std::vector<std::string>>;

struct PageSpec {
  std::string path;           // relative to the site root
  std::string lang;           // the page's language ("" for the root redirect)
  std::string template_name;  // in templates/
  std::function<view::Map()> view;
  /// Project files whose content the page shows, named by `qala build --explain`. Shared: the
  /// pages that sum up every study all list the same files, and a study's pages in every
  /// language list the same few.
  PageSources sources;
  /// Set on a study's own page, whose view shows that study (its files, results and checks)
  /// and otherwise only files that are not datasets or golden files: what lets a rebuild skip
  /// the view when none of those changed.
  const Study* own_study = nullptr;
};

/// Checks the templates and strings the site uses and loads each language's strings. Throws
/// InputError as render_site.
SiteInputs prepare_site(const Project& project, const RunResults& results,
                        const CheckReport& report, const RenderOptions& options = {});

/// Every templated page of every language, in output order (see render_site).
std::vector<PageSpec> list_pages(const SiteInputs& site);

/// Completes the rendered pages of list_pages into the whole site: adds the files that need no
/// template (downloads beside study and investment pages), resolves fallback marks, reports the
/// fallback warnings, and adds the assets and the sitemaps.
void finish_site(const SiteInputs& site, std::vector<Page>& pages, int jobs = 1);

/// The template `name` and every partial it includes (name -> text).
std::map<std::string, std::string> template_closure(
    const std::string& name, const std::map<std::string, std::string>& templates);

/// Template `name` parsed once, with the partials of its template_closure `closure`; what the
/// parser refuses is an InputError at templates/<name>.
CompiledTemplate compile_template(const std::string& name,
                                  const std::map<std::string, std::string>& closure);

/// What lies under every view of `spec`'s language: `{t: <its UI strings>}` (the root redirect
/// page: the default language's).
const view::Map& page_outer_context(const SiteInputs& site, const PageSpec& spec);

/// Renders `tmpl` with `context` over `outer` (the same bytes as mstch::render of its closure
/// with `context` and `outer` merged, were they mstch nodes).
std::string render_template(const CompiledTemplate& tmpl, const view::Map& context,
                            const view::Map* outer = nullptr);

/// Renders every page of every language plus downloads, assets and sitemaps: `index.html`
/// (sends the reader to the default language), per language the home page, study pages,
/// methods, town and investment profiles, strategies, the report to the Science Committee and
/// the reproducibility report. A pure function of its inputs: no file I/O, and the same inputs
/// give the same bytes.
/// Throws InputError for a missing UI string (naming the key, the language and
/// site/i18n/<lang>.yaml), a missing page translation, or a template error (naming the
/// template file); with `options.allow_fallback` only for what the default language lacks too.
std::vector<Page> render_site(const Project& project, const RunResults& results,
                              const CheckReport& report, const RenderOptions& options = {});

}  // namespace qala
