#pragma once
#include <string>

#include "core/model.h"
#include "render/i18n.h"

namespace qala {

/// `site/pages/<name>.<lang>.md` (`site/methods/<m>.<lang>.md` for "methods/<m>"), the file a
/// page's text in `lang` comes from.
std::string page_file(const std::string& name, const std::string& lang);

/// The Markdown of page `name` (e.g. "home", "methods/ols") in `strings`' language. When that
/// translation is missing: with a fallback (see StringsFallback) the fallback language's text
/// with a warning naming the missing file, `*fell_back` set; else InputError naming the file.
const std::string& page_markdown(const Project& project, const std::string& name,
                                 const Strings& strings, bool* fell_back);

/// The Markdown text of page `name` (e.g. "home", "studies/karaganda-2021") in `strings`'
/// language, rendered to HTML; a fallback text comes inside untranslated_block_html. Throws
/// InputError naming `site/pages/<name>.<lang>.md` when the translation is missing and there
/// is no fallback.
std::string page_html(const Project& project, const std::string& name, const Strings& strings);

/// The study's page text in `strings`' language: `Study::text` when the loader filled it, else
/// the page `studies/<id>`, else (with a fallback) the fallback language's text. Throws
/// InputError when none has it.
std::string study_text_html(const Project& project, const Study& study, const Strings& strings);

}  // namespace qala
