#pragma once
#include <string>

namespace qala {

/// The URL the served pages poll for the build's version.
inline constexpr const char* kVersionPath = "/__qala/version";

/// `html` as `qala serve` sends it: with a small script before `</body>` that polls
/// kVersionPath and reloads the page when the version differs from `version`, and, when the
/// latest build failed, a box at the top of the body with its message (file:line:col and what
/// was expected), HTML-escaped, above the last good page. The site written to disk never
/// carries either.
std::string live_page(const std::string& html, long version, const std::string& error);

/// The page served when no build has succeeded yet: the error message and the script.
std::string error_page(const std::string& message, long version);

}  // namespace qala
