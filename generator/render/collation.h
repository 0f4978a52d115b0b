#pragma once
#include <memory>
#include <string>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace qala {

/// Compares texts by a language's alphabet with ICU (Kazakh: А Ә Б ... О Ө ... У Ұ Ү ...).
class Collation {
 public:
  /// Throws std::runtime_error when ICU has no collator for `lang`.
  explicit Collation(const std::string& lang);
  ~Collation();
  Collation(const Collation&) = delete;
  Collation& operator=(const Collation&) = delete;

  /// True when UTF-8 `a` sorts before UTF-8 `b`.
  bool less(const std::string& a, const std::string& b) const;

 private:
  std::unique_ptr<icu::Collator> collator_;
};

/// The indices of `texts` in the order of `lang`'s alphabet (stable for equal texts).
std::vector<size_t> collation_order(const std::vector<std::string>& texts, const std::string& lang);

}  // namespace qala
