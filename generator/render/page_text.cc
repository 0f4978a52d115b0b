#include "render/page_text.h"

#include "core/error.h"
#include "render/markdown.h"
#include "render/untranslated.h"

namespace qala {
namespace {

const std::string* text_in(const Localized* texts, const std::string& lang) {
  if (texts == nullptr) return nullptr;
  auto it = texts->find(lang);
  return it == texts->end() ? nullptr : &it->second;
}

const Localized* page_texts(const Project& project, const std::string& name) {
  auto page = project.pages.find(name);
  return page == project.pages.end() ? nullptr : &page->second;
}

[[noreturn]] void missing_page(const std::string& name, const std::string& lang) {
  throw InputError(SourceLocation{page_file(name, lang), 0, 0},
                   "missing page translation: page '" + name + "' has no text in language '" +
                       lang + "' (expected the file " + page_file(name, lang) + ")");
}

/// The fallback language's text of a page `lang` lacks, with its warning; null without one.
const std::string* fallback_text(const Localized* texts, const std::string& name,
                                 const Strings& strings) {
  const std::string* text = text_in(texts, strings.fallback_lang());
  if (strings.fallback_log() == nullptr || text == nullptr) return nullptr;
  strings.fallback_log()->warn(page_file(name, strings.lang()) +
                               ": warning: missing page translation: page '" + name +
                               "' has no text in language '" + strings.lang() + "'; showing the '" +
                               strings.fallback_lang() + "' text");
  return text;
}

std::string fallback_html(const std::string& markdown, const Strings& strings) {
  return untranslated_block_html(markdown_to_html(markdown), strings.fallback_lang(),
                                 strings.get("i18n.untranslated"));
}

}  // namespace

std::string page_file(const std::string& name, const std::string& lang) {
  // Method pages are loaded from site/methods/ under the name "methods/<name>".
  if (name.rfind("methods/", 0) == 0) return "site/" + name + "." + lang + ".md";
  return "site/pages/" + name + "." + lang + ".md";
}

const std::string& page_markdown(const Project& project, const std::string& name,
                                 const Strings& strings, bool* fell_back) {
  const Localized* texts = page_texts(project, name);
  *fell_back = false;
  if (const std::string* own = text_in(texts, strings.lang())) return *own;
  const std::string* other = fallback_text(texts, name, strings);
  if (other == nullptr) missing_page(name, strings.lang());
  *fell_back = true;
  return *other;
}

std::string page_html(const Project& project, const std::string& name, const Strings& strings) {
  bool fell_back = false;
  const std::string& markdown = page_markdown(project, name, strings, &fell_back);
  return fell_back ? fallback_html(markdown, strings) : markdown_to_html(markdown);
}

std::string study_text_html(const Project& project, const Study& study, const Strings& strings) {
  if (const std::string* own = text_in(&study.text, strings.lang())) return markdown_to_html(*own);
  std::string name = "studies/" + study.id;
  if (const std::string* own = text_in(page_texts(project, name), strings.lang()))
    return markdown_to_html(*own);
  const Localized* texts = study.text.empty() ? page_texts(project, name) : &study.text;
  if (const std::string* other = fallback_text(texts, name, strings))
    return fallback_html(*other, strings);
  missing_page(name, strings.lang());
}

}  // namespace qala
