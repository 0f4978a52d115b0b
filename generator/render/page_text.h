#pragma once
#include <string>

#include "core/model.h"

namespace qala {

/// `site/pages/<name>.<lang>.md`, the file a page's text in `lang` comes from.
std::string page_file(const std::string& name, const std::string& lang);

/// The Markdown text of page `name` (e.g. "home", "studies/karaganda-2021") in `lang`, rendered
/// to HTML. Throws InputError naming `site/pages/<name>.<lang>.md` when the translation is missing.
std::string page_html(const Project& project, const std::string& name, const std::string& lang);

/// The study's page text in `lang`: `Study::text` when the loader filled it, else the page
/// `studies/<id>`. Throws InputError when neither has the translation.
std::string study_text_html(const Project& project, const Study& study, const std::string& lang);

}  // namespace qala
