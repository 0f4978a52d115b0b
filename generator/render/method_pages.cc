#include "render/method_pages.h"

#include <sstream>

#include "render/markdown.h"
#include "render/page_text.h"
#include "render/untranslated.h"

namespace qala {
namespace {
constexpr const char* kPrefix = "methods/";
}  // namespace

std::vector<std::string> method_page_names(const Project& project) {
  std::vector<std::string> out;
  const std::string prefix = kPrefix;
  // std::map: sorted, so the method pages are one run starting at the prefix.
  for (auto it = project.pages.lower_bound(prefix);
       it != project.pages.end() && it->first.rfind(prefix, 0) == 0; ++it)
    out.push_back(it->first.substr(prefix.size()));
  return out;
}

std::string method_page_path(const std::string& name) { return kPrefix + name + "/index.html"; }

std::string markdown_title(const std::string& markdown, const std::string& fallback) {
  std::istringstream lines(markdown);
  std::string line;
  while (std::getline(lines, line))
    if (line.rfind("# ", 0) == 0) return line.substr(2);
  return fallback;
}

view::Map methods_index_view(const Project& project, const Strings& strings,
                             const std::string& root) {
  view::Array methods;
  for (const auto& name : method_page_names(project)) {
    bool fell_back = false;
    const std::string& text = page_markdown(project, kPrefix + name, strings, &fell_back);
    std::string title = markdown_title(text, name);
    methods.push_back(
        view::Map{{"name", name},
                  {"title", fell_back ? mark_fallback(title, strings.fallback_lang()) : title},
                  {"href", root + strings.lang() + "/" + method_page_path(name)}});
  }
  return view::Map{{"methods", methods}};
}

view::Map method_view(const Project& project, const std::string& name, const Strings& strings) {
  bool fell_back = false;
  const std::string& text = page_markdown(project, kPrefix + name, strings, &fell_back);
  std::string title = markdown_title(text, name);
  return view::Map{{"name", name},
                   {"title", fell_back ? mark_fallback(title, strings.fallback_lang()) : title},
                   {"body_html", fell_back ? untranslated_block_html(
                                                 markdown_to_html(text), strings.fallback_lang(),
                                                 strings.get("i18n.untranslated"))
                                           : markdown_to_html(text)}};
}

}  // namespace qala
