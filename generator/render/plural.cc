#include "render/plural.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace qala {
namespace {

std::unique_ptr<icu::PluralRules> rules_for(const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(
      icu::PluralRules::forLocale(icu::Locale(lang.c_str()), status));
  if (U_FAILURE(status) || !rules)
    throw std::runtime_error("ICU has no plural rules for language '" + lang + "'");
  return rules;
}

}  // namespace

std::string plural_category(const std::string& lang, long n) {
  std::string out;
  rules_for(lang)->select(static_cast<int32_t>(n)).toUTF8String(out);
  return out;
}

std::vector<std::string> plural_categories(const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> keywords(rules_for(lang)->getKeywords(status));
  std::vector<std::string> out;
  if (U_FAILURE(status) || !keywords) return out;
  while (const icu::UnicodeString* word = keywords->snext(status)) {
    if (U_FAILURE(status)) break;
    std::string text;
    word->toUTF8String(text);
    out.push_back(text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool is_plural_category(const std::string& word) {
  return word == "zero" || word == "one" || word == "two" || word == "few" || word == "many" ||
         word == "other";
}

}  // namespace qala
