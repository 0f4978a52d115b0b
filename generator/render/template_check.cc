#include "render/template_check.h"

#include <set>

#include "core/error.h"
#include "core/suggest.h"

namespace qala {
namespace {

std::string trim(const std::string& s) {
  size_t begin = s.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = s.find_last_not_of(" \t\r\n");
  return s.substr(begin, end - begin + 1);
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// 1-based line and column of byte `offset`.
SourceLocation locate(const std::string& name, const std::string& text, size_t offset) {
  SourceLocation where{template_file(name), 1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

std::vector<std::string> names_of(const std::map<std::string, std::string>& templates) {
  std::vector<std::string> names;
  for (const auto& [name, text] : templates) names.push_back(name);
  return names;
}

struct Section {
  std::string name;
  size_t offset;
};

void check_one(const std::string& name, const std::map<std::string, std::string>& templates,
               std::set<std::string>& visiting, TemplateUses& uses) {
  auto found = templates.find(name);
  if (found == templates.end())
    throw InputError(
        SourceLocation{template_file(name), 0, 0},
        "template '" + name + "' does not exist" + did_you_mean(name, names_of(templates)));
  if (!visiting.insert(name).second)
    throw InputError(SourceLocation{template_file(name), 0, 0},
                     "template '" + name + "' includes itself through its partials");
  const std::string& text = found->second;
  std::vector<Section> open;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at)) {
    bool triple = text.compare(at, 3, "{{{") == 0;
    size_t body = at + (triple ? 3 : 2);
    size_t close = text.find(triple ? "}}}" : "}}", body);
    if (close == std::string::npos)
      throw InputError(locate(name, text, at),
                       "expected '" + std::string(triple ? "}}}" : "}}") + "' to close this tag");
    std::string tag = trim(text.substr(body, close - body));
    SourceLocation where = locate(name, text, at);
    size_t tag_start = at;
    at = close + (triple ? 3 : 2);
    char sigil = tag.empty() ? '\0' : tag[0];
    std::string tag_name = (sigil == '#' || sigil == '^' || sigil == '/' || sigil == '>' ||
                            sigil == '&' || sigil == '!' || sigil == '=')
                               ? trim(tag.substr(1))
                               : tag;
    if (sigil == '!') continue;
    if (tag_name.empty()) throw InputError(where, "expected a name inside '{{ }}'");
    if (sigil == '=') throw InputError(where, "changing the Mustache delimiters is not supported");
    if ((triple || sigil == '&') && !ends_with(tag_name, "_html"))
      throw InputError(where, "unescaped output of '" + tag_name +
                                  "': only names ending in '_html' may be unescaped; write "
                                  "{{" +
                                  tag_name + "}} so the value is HTML-escaped");
    if (sigil == '#' || sigil == '^') {
      open.push_back({tag_name, tag_start});
    } else if (sigil == '/') {
      if (open.empty()) throw InputError(where, "'{{/" + tag_name + "}}' closes no section");
      if (open.back().name != tag_name)
        throw InputError(where,
                         "expected '{{/" + open.back().name + "}}' before '{{/" + tag_name + "}}'");
      open.pop_back();
    } else if (sigil == '>') {
      uses.partials.push_back(tag_name);
      if (templates.count(tag_name) == 0)
        throw InputError(where, "partial '" + tag_name + "' does not exist" +
                                    did_you_mean(tag_name, names_of(templates)));
      check_one(tag_name, templates, visiting, uses);
    }
    if (sigil != '>' && sigil != '/' && tag_name.rfind("t.", 0) == 0)
      uses.string_keys.push_back(tag_name.substr(2));
  }
  if (!open.empty())
    throw InputError(locate(name, text, open.back().offset),
                     "section '" + open.back().name + "' is never closed (expected '{{/" +
                         open.back().name + "}}')");
  visiting.erase(name);
}

/// Every partial `text` may include, found without parsing its tags: any "{{" followed by '>'
/// (after braces and spaces). A superset of what mstch includes, since mstch's tokenizer and
/// check_one may disagree on a malformed tag, and mstch would recurse until the stack overflows.
std::vector<std::string> partials_anywhere(const std::string& text,
                                           const std::map<std::string, std::string>& templates) {
  std::vector<std::string> found;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 1)) {
    size_t sigil = text.find_first_not_of("{ \t\r\n", at + 2);
    if (sigil == std::string::npos || text[sigil] != '>') continue;
    size_t close = text.find("}}", sigil);
    std::string name = trim(
        text.substr(sigil + 1, close == std::string::npos ? std::string::npos : close - sigil - 1));
    if (templates.count(name)) found.push_back(name);
  }
  return found;
}

void reject_partial_cycles(const std::string& name,
                           const std::map<std::string, std::string>& templates,
                           std::set<std::string>& visiting, std::set<std::string>& done) {
  if (done.count(name)) return;
  if (!visiting.insert(name).second)
    throw InputError(SourceLocation{template_file(name), 0, 0},
                     "template '" + name + "' includes itself through its partials");
  for (const auto& partial : partials_anywhere(templates.at(name), templates))
    reject_partial_cycles(partial, templates, visiting, done);
  visiting.erase(name);
  done.insert(name);
}

}  // namespace

std::string template_file(const std::string& name) { return "templates/" + name; }

TemplateUses check_template(const std::string& name,
                            const std::map<std::string, std::string>& templates) {
  TemplateUses uses;
  std::set<std::string> visiting;
  check_one(name, templates, visiting, uses);
  std::set<std::string> cycle_visiting, done;
  reject_partial_cycles(name, templates, cycle_visiting, done);
  return uses;
}

}  // namespace qala
