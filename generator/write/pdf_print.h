#pragma once
#include <string>
#include <vector>

namespace qala {

/// The path of headless Chromium: the first of `chromium`, `chromium-browser` and
/// `google-chrome` found on PATH, or "" when there is none.
std::string find_chromium();

/// Prints each page of `html_pages` ('/'-separated, relative to `site_dir`, e.g.
/// "en/report/index.html") to the PDF `pdf_name` beside it, with headless Chromium at `chromium`.
/// Runs on the freshly written site folder before it is swapped in, so a failure leaves the old
/// site in place. Throws std::runtime_error when Chromium fails, times out or writes no PDF.
/// The PDFs are not byte-reproducible (Chromium stamps the date), which is why printing is asked
/// for with `qala build --pdf` and never happens by default.
void print_pages_to_pdf(const std::string& chromium, const std::string& site_dir,
                        const std::vector<std::string>& html_pages, const std::string& pdf_name);

}  // namespace qala
