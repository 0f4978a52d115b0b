// Plural forms per language (CLDR rules through ICU) and their UI strings.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "render/i18n.h"
#include "render/plural.h"

using namespace qala;

TEST_CASE("Russian has one, few and many forms for whole numbers", "[render][plural]") {
  // CLDR: one = n%10=1 and n%100!=11; few = n%10 in 2..4 and n%100 not in 12..14; else many.
  CHECK(plural_category("ru", 1) == "one");
  CHECK(plural_category("ru", 2) == "few");
  CHECK(plural_category("ru", 5) == "many");
  CHECK(plural_category("ru", 11) == "many");
  CHECK(plural_category("ru", 21) == "one");
  CHECK(plural_category("ru", 22) == "few");
  CHECK(plural_category("ru", 25) == "many");
  CHECK(plural_category("ru", 111) == "many");
  CHECK(plural_category("ru", 0) == "many");
}

TEST_CASE("English and Kazakh have one and other", "[render][plural]") {
  CHECK(plural_category("en", 1) == "one");
  CHECK(plural_category("en", 27) == "other");
  CHECK(plural_category("kk", 1) == "one");
  CHECK(plural_category("kk", 22) == "other");
  CHECK(plural_categories("en") == std::vector<std::string>{"one", "other"});
  CHECK(plural_categories("kk") == std::vector<std::string>{"one", "other"});
  CHECK(plural_categories("ru") == std::vector<std::string>{"few", "many", "one", "other"});
}

TEST_CASE("a plural UI string picks its form and writes the number", "[render][plural]") {
  Project p;
  p.site.languages = {"en", "ru"};
  p.strings["en"] = {{"towns.count.one", "{n} town"}, {"towns.count.other", "{n} towns"}};
  p.strings["ru"] = {{"towns.count.one", "{n} город"},
                     {"towns.count.few", "{n} города"},
                     {"towns.count.many", "{n} городов"},
                     {"towns.count.other", "{n} города"}};
  Strings en(p, "en");
  Strings ru(p, "ru");
  CHECK(en.plural("towns.count", 1) == "1 town");
  CHECK(en.plural("towns.count", 27) == "27 towns");
  CHECK(ru.plural("towns.count", 27) == "27 городов");
  CHECK(ru.plural("towns.count", 21) == "21 город");
  CHECK(ru.plural("towns.count", 22) == "22 города");
  CHECK(ru.plural("towns.count", 111) == "111 городов");
  // Numbers in the language's style: a narrow no-break space groups digits in Russian.
  CHECK(ru.plural("towns.count", 1021) == "1\u202f021 город");
  // Forms only Russian has are not required in English...
  CHECK_NOTHROW(check_strings(p, {}));
  // ...but every form a language uses is.
  p.strings["ru"].erase("towns.count.few");
  CHECK_THROWS_AS(check_strings(p, {}), InputError);
}
