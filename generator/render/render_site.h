#pragma once
#include <functional>
#include <string>
#include <vector>

#include "check/check_report.h"
#include "core/model.h"
#include "run/run_results.h"

namespace qala {

/// One output file of the site.
struct Page {
  std::string path;  // relative to the site root, '/'-separated
  std::string content;
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

/// Renders every page of every language plus assets: `index.html` (sends the reader to the
/// default language), per language `<lang>/index.html`, `<lang>/studies/<id>/index.html` and
/// `<lang>/reproducibility/index.html`, and `assets/<name>` for each asset. A pure function of
/// its inputs: no file I/O, and the same inputs give the same bytes.
/// Throws InputError for a missing UI string (naming the key, the language and
/// site/i18n/<lang>.yaml), a missing page translation, or a template error (naming the
/// template file); with `options.allow_fallback` only for what the default language lacks too.
std::vector<Page> render_site(const Project& project, const RunResults& results,
                              const CheckReport& report, const RenderOptions& options = {});

}  // namespace qala
