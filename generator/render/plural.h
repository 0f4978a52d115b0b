#pragma once
#include <string>
#include <vector>

namespace qala {

/// The CLDR plural category of the whole number `n` in `lang`, by ICU's PluralRules:
/// "one", "few", "many" or "other" for ru (1, 2, 5, 11, 21 ...); "one" or "other" for en and kk.
std::string plural_category(const std::string& lang, long n);

/// Every category `lang` uses ("one", "other" for en; "few", "many", "one", "other" for ru).
std::vector<std::string> plural_categories(const std::string& lang);

/// True for a CLDR category name: zero, one, two, few, many, other.
bool is_plural_category(const std::string& word);

}  // namespace qala
