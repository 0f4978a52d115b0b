#pragma once
#include <string>
#include <vector>

#include "render/view.h"

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// `methods/index.html` below a language folder.
inline constexpr const char* kMethodsPath = "methods/index.html";

/// The names of the documented methods: pages `site/methods/<name>.<lang>.md`, sorted.
std::vector<std::string> method_page_names(const Project& project);

/// `methods/<name>/index.html`.
std::string method_page_path(const std::string& name);

/// The methods index as its template sees it: `intro` and `methods`, each with `name`,
/// `title` (the page's first heading) and `href`. A translation missing under a fallback shows
/// the fallback language's title (see page_markdown).
view::Map methods_index_view(const Project& project, const Strings& strings,
                             const std::string& root);

/// One method's page: `name`, `title` and `body_html` (its Markdown rendered; a fallback text
/// inside untranslated_block_html).
view::Map method_view(const Project& project, const std::string& name, const Strings& strings);

/// The first "# heading" of a Markdown text, or `fallback`.
std::string markdown_title(const std::string& markdown, const std::string& fallback);

}  // namespace qala
