#include "render/i18n.h"

#include <set>

#include "core/error.h"
#include "core/suggest.h"
#include "render/number_format.h"
#include "render/plural.h"

namespace qala {
namespace {

std::vector<std::string> keys_of(const std::map<std::string, std::string>& strings) {
  std::vector<std::string> keys;
  for (const auto& [key, text] : strings) keys.push_back(key);
  return keys;
}

[[noreturn]] void missing_key(const std::string& key, const std::string& lang,
                              const std::map<std::string, std::string>& strings,
                              const std::string& why) {
  throw InputError(SourceLocation{strings_file(lang), 0, 0},
                   "missing UI string '" + key + "' for language '" + lang + "'" + why +
                       did_you_mean(key, keys_of(strings)));
}

/// Puts `text` at the dotted `key` inside nested maps.
void insert_nested(view::Map& into, const std::string& key, const std::string& text,
                   const std::string& lang) {
  size_t dot = key.find('.');
  if (dot == std::string::npos) {
    if (into.count(key) != 0)
      throw InputError(SourceLocation{strings_file(lang), 0, 0},
                       "UI string '" + key + "' is both a text and a group of texts");
    into.emplace(key, text);
    return;
  }
  std::string head = key.substr(0, dot);
  auto it = into.find(head);
  if (it == into.end()) it = into.emplace(head, view::Map{}).first;
  auto* group = std::get_if<view::Map>(&it->second);
  if (group == nullptr)
    throw InputError(SourceLocation{strings_file(lang), 0, 0},
                     "UI string '" + head + "' is both a text and a group of texts");
  insert_nested(*group, key.substr(dot + 1), text, lang);
}

}  // namespace

std::string strings_file(const std::string& lang) { return "site/i18n/" + lang + ".yaml"; }

const std::string& localized(const Localized& text, const std::string& lang,
                             const SourceLocation& where, const std::string& what) {
  auto it = text.find(lang);
  if (it == text.end() || it->second.empty())
    throw InputError(where, "expected " + what + " in language '" + lang + "'");
  return it->second;
}

Strings::Strings(const Project& project, const std::string& lang) : lang_(lang) {
  auto it = project.strings.find(lang);
  if (it == project.strings.end())
    throw InputError(
        SourceLocation{strings_file(lang), 0, 0},
        "no UI strings for language '" + lang + "' (expected the file " + strings_file(lang) + ")");
  strings_ = &it->second;
}

Strings::Strings(const Project& project, const std::string& lang, const StringsFallback& fallback)
    : Strings(project, lang) {
  if (fallback.lang.empty() || fallback.lang == lang) return;
  fallback_ = fallback;
  auto other = project.strings.find(fallback.lang);
  if (other == project.strings.end()) return;  // Strings(project, fallback.lang) reports it
  fallback_strings_ = &other->second;
  auto merged = std::make_shared<std::map<std::string, std::string>>(*strings_);
  for (const auto& [key, text] : *fallback_strings_) {
    size_t dot = key.rfind('.');
    bool plural_form = dot != std::string::npos && is_plural_category(key.substr(dot + 1));
    if (!plural_form && merged->count(key) == 0)
      merged->emplace(key, mark_fallback(text, fallback.lang));
  }
  merged_ = merged;
  strings_ = merged_.get();
}

const std::string& Strings::get(const std::string& key) const {
  auto it = strings_->find(key);
  if (it == strings_->end()) missing_key(key, lang_, *strings_, "");
  return it->second;
}

std::string Strings::get_or(const std::string& key, const std::string& fallback) const {
  auto it = strings_->find(key);
  return it == strings_->end() ? fallback : it->second;
}

std::string Strings::plural(const std::string& key, long n) const {
  std::string form = key + "." + plural_category(lang_, n);
  const std::string* fallback_text = nullptr;
  if (strings_->count(form) == 0 && fallback_strings_ != nullptr) {
    // The fallback language's own form for n (English has no "few").
    auto other = fallback_strings_->find(key + "." + plural_category(fallback_.lang, n));
    if (other != fallback_strings_->end()) fallback_text = &other->second;
  }
  std::string text =
      fallback_text != nullptr ? mark_fallback(*fallback_text, fallback_.lang) : get(form);
  size_t slot = text.find("{n}");
  if (slot != std::string::npos)
    text.replace(slot, 3, format_fixed(static_cast<double>(n), 0, lang_));
  return text;
}

const view::Map& Strings::context() const {
  std::call_once(context_->built, [this] {
    view::Map root;
    for (const auto& [key, text] : *strings_) insert_nested(root, key, text, lang_);
    context_->outer = view::Map{{"t", root}};
    context_->map = std::move(root);
  });
  return context_->map;
}

const view::Map& Strings::outer_context() const {
  context();
  return context_->outer;
}

std::string localize_source_name(const std::string& name, const Strings& strings) {
  for (const char* word : {"Table", "Figure", "Equation"}) {
    std::string prefix = std::string(word) + " ";
    if (name.rfind(prefix, 0) != 0) continue;
    std::string key = "source." + std::string(word);
    key[7] = static_cast<char>(key[7] - 'A' + 'a');
    std::string pattern = strings.get(key);
    size_t slot = pattern.find("{}");
    if (slot == std::string::npos) return pattern + " " + name.substr(prefix.size());
    return pattern.replace(slot, 2, name.substr(prefix.size()));
  }
  return name;
}

void check_strings(const Project& project, const std::vector<std::string>& used_keys) {
  auto missing = find_missing_strings(project, used_keys);
  if (!missing.empty()) throw_missing_string(project, missing.front());
}

void throw_missing_string(const Project& project, const MissingString& missing) {
  missing_key(missing.key, missing.lang, project.strings.at(missing.lang), missing.why);
}

std::string missing_string_warning(const MissingString& missing, const std::string& shown_lang) {
  return strings_file(missing.lang) + ": warning: missing UI string '" + missing.key +
         "' for language '" + missing.lang + "'" + missing.why + "; showing the '" + shown_lang +
         "' text";
}

std::vector<MissingString> find_missing_strings(const Project& project,
                                                const std::vector<std::string>& used_keys) {
  std::vector<MissingString> missing;
  // Every language's keys, each with the language that has it (for the message).
  std::map<std::string, std::string> all_keys;
  for (const auto& lang : project.site.languages) {
    Strings strings(project, lang);  // throws when the language has no file
    for (const auto& [key, text] : project.strings.at(lang)) all_keys.emplace(key, lang);
  }
  // A key ending in a plural category is a plural form: languages have different forms.
  std::set<std::string> plural_keys;
  auto plural_base = [](const std::string& key) {
    size_t dot = key.rfind('.');
    return dot != std::string::npos && is_plural_category(key.substr(dot + 1)) ? key.substr(0, dot)
                                                                               : std::string();
  };
  for (const auto& [key, lang] : all_keys)
    if (!plural_base(key).empty()) plural_keys.insert(plural_base(key));
  for (const auto& lang : project.site.languages) {
    const auto& strings = project.strings.at(lang);
    std::set<std::string> reported;  // one entry per key, with the first reason
    auto add = [&](const std::string& key, const std::string& why) {
      if (reported.insert(key).second) missing.push_back({lang, key, why});
    };
    for (const auto& key : used_keys)
      if (strings.count(key) == 0) add(key, ", used by a template");
    for (const auto& [key, has_it] : all_keys)
      if (plural_base(key).empty() && strings.count(key) == 0)
        add(key, " (" + strings_file(has_it) + " has it)");
    for (const auto& base : plural_keys)
      for (const auto& form : plural_categories(lang))
        if (strings.count(base + "." + form) == 0)
          add(base + "." + form, " (a plural form this language uses)");
  }
  return missing;
}

}  // namespace qala
