#pragma once
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
