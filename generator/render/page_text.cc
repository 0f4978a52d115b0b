#include "render/page_text.h"

#include "core/error.h"
#include "render/markdown.h"

namespace qala {

std::string page_file(const std::string& name, const std::string& lang) {
  return "site/pages/" + name + "." + lang + ".md";
}

std::string page_html(const Project& project, const std::string& name, const std::string& lang) {
  auto page = project.pages.find(name);
  if (page == project.pages.end() || page->second.count(lang) == 0)
    throw InputError(SourceLocation{page_file(name, lang), 0, 0},
                     "missing page translation: page '" + name + "' has no text in language '" +
                         lang + "' (expected the file " + page_file(name, lang) + ")");
  return markdown_to_html(page->second.at(lang));
}

std::string study_text_html(const Project& project, const Study& study, const std::string& lang) {
  auto text = study.text.find(lang);
  if (text != study.text.end()) return markdown_to_html(text->second);
  return page_html(project, "studies/" + study.id, lang);
}

}  // namespace qala
