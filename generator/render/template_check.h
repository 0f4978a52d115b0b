#pragma once
#include <map>
#include <string>
#include <vector>

namespace qala {

/// What a template refers to, found by reading its Mustache tags.
struct TemplateUses {
  /// UI string keys, from tags `{{t.<key>}}` (the strings context is named `t`).
  std::vector<std::string> string_keys;
  /// Partials included with `{{> name}}`.
  std::vector<std::string> partials;
};

/// The file an error about template `name` points at: `templates/<name>`.
std::string template_file(const std::string& name);

/// Checks the Mustache syntax of template `name` (text `text`), since mstch renders a broken
/// template silently: sections closed in order, no unclosed tag, partials that exist in
/// `templates`, no change of delimiters, and unescaped output (`{{{x}}}`, `{{&x}}`) only for
/// names ending in `_html`, which hold markup the renderer built itself, never data.
/// Follows partials. Throws InputError at `templates/<name>:line:col`.
TemplateUses check_template(const std::string& name,
                            const std::map<std::string, std::string>& templates);

}  // namespace qala
