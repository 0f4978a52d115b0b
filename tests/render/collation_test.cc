// Alphabetical order per language by ICU collation.
#include <catch2/catch.hpp>

#include "render/collation.h"

using namespace qala;

namespace {

std::vector<std::string> sorted(std::vector<std::string> words, const std::string& lang) {
  std::vector<std::string> out;
  for (size_t i : collation_order(words, lang)) out.push_back(words[i]);
  return out;
}

}  // namespace

TEST_CASE("Kazakh order puts each Kazakh letter after its base letter", "[render][collation]") {
  Collation kk("kk");
  // The Kazakh alphabet: А Ә Б В Г Ғ Д Е Ё Ж З И Й К Қ Л М Н Ң О Ө П Р С Т У Ұ Ү Ф Х Һ ... Ы І ...
  CHECK(kk.less("А", "Ә"));
  CHECK(kk.less("Ә", "Б"));
  CHECK(kk.less("Г", "Ғ"));
  CHECK(kk.less("Ғ", "Д"));
  CHECK(kk.less("К", "Қ"));
  CHECK(kk.less("Қ", "Л"));
  CHECK(kk.less("Н", "Ң"));
  CHECK(kk.less("Ң", "О"));
  CHECK(kk.less("О", "Ө"));
  CHECK(kk.less("Ө", "П"));
  CHECK(kk.less("У", "Ұ"));
  CHECK(kk.less("Ұ", "Ү"));
  CHECK(kk.less("Ү", "Ф"));
  CHECK(kk.less("Х", "Һ"));
  CHECK(kk.less("Ы", "І"));
  // Whole words: Қаражал comes after every К word, Сәтбаев between Саран and Серебрянск.
  CHECK(sorted({"Қаражал", "Курчатов", "Кентау"}, "kk") ==
        std::vector<std::string>{"Кентау", "Курчатов", "Қаражал"});
  CHECK(sorted({"Серебрянск", "Сәтбаев", "Саран"}, "kk") ==
        std::vector<std::string>{"Саран", "Сәтбаев", "Серебрянск"});
  CHECK(sorted({"Өскемен", "Оңтүстік", "Павлодар"}, "kk") ==
        std::vector<std::string>{"Оңтүстік", "Өскемен", "Павлодар"});
}

TEST_CASE("Russian and English order", "[render][collation]") {
  CHECK(sorted({"Экибастуз", "Ёлкино", "Жанаозен", "Абай", "Елец"}, "ru") ==
        std::vector<std::string>{"Абай", "Елец", "Ёлкино", "Жанаозен", "Экибастуз"});
  CHECK(sorted({"zhanaozen", "Abai", "aksu", "Ekibastuz"}, "en") ==
        std::vector<std::string>{"Abai", "aksu", "Ekibastuz", "zhanaozen"});
}
