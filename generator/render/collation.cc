#include "render/collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace qala {

Collation::Collation(const std::string& lang) {
  UErrorCode status = U_ZERO_ERROR;
  collator_.reset(icu::Collator::createInstance(icu::Locale(lang.c_str()), status));
  if (U_FAILURE(status) || !collator_)
    throw std::runtime_error("ICU has no collation for language '" + lang + "'");
}

Collation::~Collation() = default;

bool Collation::less(const std::string& a, const std::string& b) const {
  UErrorCode status = U_ZERO_ERROR;
  auto order =
      collator_->compare(icu::UnicodeString::fromUTF8(a), icu::UnicodeString::fromUTF8(b), status);
  if (U_FAILURE(status)) return a < b;
  return order == UCOL_LESS;
}

std::vector<size_t> collation_order(const std::vector<std::string>& texts,
                                    const std::string& lang) {
  Collation collation(lang);
  std::vector<size_t> order(texts.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return collation.less(texts[a], texts[b]); });
  return order;
}

}  // namespace qala
