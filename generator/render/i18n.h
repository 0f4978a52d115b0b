#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "render/view.h"

#include "core/model.h"
#include "render/untranslated.h"

namespace qala {

/// Where a language's missing UI strings and page texts come from under
/// `qala build --allow-fallback`: the default language (first in site.yaml), with a warning
/// per missing item in `log`.
struct StringsFallback {
  std::string lang;
  FallbackLog* log = nullptr;
};

/// The UI strings of one language (`site/i18n/<lang>.yaml`, nested keys joined with '.').
class Strings {
 public:
  /// Throws InputError naming `site/i18n/<lang>.yaml` when the project has no strings for `lang`.
  Strings(const Project& project, const std::string& lang);
  /// With a fallback, a key this language lacks gives the fallback language's text wrapped in
  /// mark_fallback (resolved after rendering to `<span lang="..">`), and so do plural forms.
  Strings(const Project& project, const std::string& lang, const StringsFallback& fallback);

  const std::string& lang() const { return lang_; }
  /// The language missing texts fall back to; empty when a missing text is an error.
  const std::string& fallback_lang() const { return fallback_.lang; }
  /// Where warnings about missing texts go; null when a missing text is an error.
  FallbackLog* fallback_log() const { return fallback_.log; }
  /// The string under `key`; throws InputError naming the key, the language and the file.
  const std::string& get(const std::string& key) const;
  /// The string under `key`, or `fallback` when this language has none.
  std::string get_or(const std::string& key, const std::string& fallback) const;
  /// The plural form of `key` for `n` ("towns.count" -> "towns.count.few" in ru for 22) with
  /// "{n}" replaced by `n` written in this language's style. Throws InputError when the
  /// language lacks that form.
  std::string plural(const std::string& key, long n) const;
  /// The strings as nested Mustache maps, so a template writes `{{t.status.reproduced}}` for
  /// the key "status.reproduced". Built once (every page shows it), then shared by copies.
  const view::Map& context() const;
  /// `{t: context()}`: what a page's view lies on when it is rendered.
  const view::Map& outer_context() const;

 private:
  std::string lang_;
  const std::map<std::string, std::string>* strings_;
  StringsFallback fallback_;
  const std::map<std::string, std::string>* fallback_strings_ = nullptr;
  // This language's strings with the fallback's marked texts added (shared: Strings is copied).
  std::shared_ptr<const std::map<std::string, std::string>> merged_;
  struct Context {
    std::once_flag built;
    view::Map map;
    view::Map outer;
  };
  std::shared_ptr<Context> context_ = std::make_shared<Context>();
};

/// The text of `text` in `lang`; throws InputError at `where` ("expected <what> in language
/// '<lang>'") when that translation is missing or empty.
const std::string& localized(const Localized& text, const std::string& lang,
                             const SourceLocation& where, const std::string& what);

/// "Table 5" -> "Таблица 5", "5-кесте": a published table's name with its leading word ("Table",
/// "Figure", "Equation") in the page's language. The UI strings "source.table", "source.figure"
/// and "source.equation" are patterns where "{}" stands for the rest ("{}-кесте"); other names
/// are returned as they are.
std::string localize_source_name(const std::string& name, const Strings& strings);

/// `site/i18n/<lang>.yaml`, the file an error about the strings of `lang` points at.
std::string strings_file(const std::string& lang);

/// Throws InputError when a key of one language is missing from another (every key must exist
/// in every language) or when `used_keys` names a key some language lacks. Plural forms
/// (`<key>.one`, `.few`, `.many`, `.other`...) are checked per language instead: each language
/// must have every form its plural rules use.
void check_strings(const Project& project, const std::vector<std::string>& used_keys);

/// A UI string some language lacks, as check_strings finds it.
struct MissingString {
  std::string lang;
  std::string key;
  std::string why;  // ", used by a template", " (site/i18n/en.yaml has it)", ...
};

/// Every UI string check_strings would complain about, in the order it would; throws only when
/// a language has no strings file.
std::vector<MissingString> find_missing_strings(const Project& project,
                                                const std::vector<std::string>& used_keys);

/// Throws the InputError check_strings throws for `missing` (naming the key, the language and
/// its strings file).
[[noreturn]] void throw_missing_string(const Project& project, const MissingString& missing);

/// "site/i18n/ru.yaml: warning: missing UI string 'k' for language 'ru'...; showing the en text".
std::string missing_string_warning(const MissingString& missing, const std::string& shown_lang);

}  // namespace qala
