#pragma once
#include <string>

namespace qala {

/// Escapes text for HTML and SVG, in element content and in double- or single-quoted
/// attributes: & < > " '.
std::string html_escape(const std::string& text);

}  // namespace qala
