#pragma once
#include <string>

namespace qala {

/// Escapes text for HTML and SVG, in element content and in double- or single-quoted
/// attributes: & < > " '.
std::string html_escape(const std::string& text);

/// html_escape(text) appended to `out` (no temporary string).
void html_escape_append(std::string& out, const std::string& text);

/// `text` when it is an absolute web address (http or https, no spaces or control characters),
/// else "": a link from data must never carry a javascript: or data: URL.
std::string web_url(const std::string& text);

/// Serialised JSON with every "</" written "<\/" (the same JSON value), so no text from data can
/// close a script element should the file ever be inlined into a page.
std::string script_safe_json(std::string json);

}  // namespace qala
