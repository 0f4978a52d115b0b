// Slugs: transliteration of Russian and Kazakh letters, sanitising, and the id check.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "render/slug.h"

using namespace qala;

namespace {
const SourceLocation kHere{"data/towns/towns.csv", 2, 1};
}

TEST_CASE("every Kazakh-specific letter has its Latin spelling", "[render][slug]") {
  // ә ғ қ ң ө ұ ү һ і, lower and upper case.
  CHECK(slugify("ә ғ қ ң ө ұ ү һ і", kHere) == "a-gh-q-ng-o-u-u-h-i");
  CHECK(slugify("Ә Ғ Қ Ң Ө Ұ Ү Һ І", kHere) == "a-gh-q-ng-o-u-u-h-i");
  CHECK(slugify("Жаңаөзен", kHere) == "zhangaozen");
  CHECK(slugify("Екібастұз", kHere) == "ekibastuz");
  CHECK(slugify("Сәтбаев", kHere) == "satbaev");
  CHECK(slugify("Қарағанды облысы", kHere) == "qaraghandy-oblysy");
  CHECK(slugify("Шығыс Қазақстан", kHere) == "shyghys-qazaqstan");
}

TEST_CASE("the whole Russian alphabet is transliterated", "[render][slug]") {
  CHECK(slugify("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", kHere) ==
        "abvgdeyozhziyklmnoprstufkhtschshshchyeyuya");
  CHECK(slugify("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", kHere) ==
        "abvgdeyozhziyklmnoprstufkhtschshshchyeyuya");
  CHECK(slugify("Приозёрск", kHere) == "priozyorsk");
  CHECK(slugify("Усть-Каменогорск", kHere) == "ust-kamenogorsk");
  CHECK(slugify("Подъём", kHere) == "podyom");
}

TEST_CASE("anything but letters and digits becomes one dash, never at an end", "[render][slug]") {
  CHECK(slugify("  Karaganda Region (2022)! ", kHere) == "karaganda-region-2022");
  CHECK(slugify("«Темиртау» — 1", kHere) == "temirtau-1");
  CHECK(slugify("Ridder\u00a0/\u00a0Риддер", kHere) == "ridder-ridder");
  CHECK(slugify("日本 Abai", kHere) == "abai");
}

TEST_CASE("a name with nothing to make a slug of is an input error", "[render][slug]") {
  CHECK_THROWS_AS(slugify("", kHere), InputError);
  CHECK_THROWS_AS(slugify(" — ", kHere), InputError);
  try {
    slugify("日本", kHere);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("towns.csv:2:1") != std::string::npos);
  }
}

TEST_CASE("a town id is its slug when it is a valid one", "[render][slug]") {
  CHECK(is_slug("zhanaozen"));
  CHECK(is_slug("east-kazakhstan"));
  CHECK_FALSE(is_slug(""));
  CHECK_FALSE(is_slug("-abai"));
  CHECK_FALSE(is_slug("abai-"));
  CHECK_FALSE(is_slug("ab--ai"));
  CHECK_FALSE(is_slug("Abai"));
  CHECK_FALSE(is_slug("абай"));
  CHECK(slug_from_id("zhanaozen", kHere) == "zhanaozen");
  try {
    slug_from_id("Zhana Ozen", kHere);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("'zhana-ozen'") != std::string::npos);
  }
}
