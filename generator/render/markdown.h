#pragma once
#include <string>

namespace qala {

/// Renders page text written in Markdown to HTML with cmark-gfm and its table, strikethrough and
/// autolink extensions. Raw HTML in the text is not rendered (cmark-gfm replaces it with a
/// comment), so a page text cannot inject markup or scripts.
std::string markdown_to_html(const std::string& markdown);

}  // namespace qala
