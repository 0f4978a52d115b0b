// render/view.h: the maps page views are made of behave as the std::map they replaced.
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "render/view.h"

using namespace qala;

namespace {

std::vector<std::string> keys_of(const view::Map& map) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : map) keys.push_back(key);
  return keys;
}

std::string text_at(const view::Map& map, const std::string& key) {
  return std::get<std::string>(map.at(key));
}

}  // namespace

TEST_CASE("a view map keeps its keys sorted, the first of two alike", "[render][view]") {
  view::Map map{{"b", 1}, {"a", "first"}, {"c", true}, {"a", "second"}, {"B", 2.5}};
  // std::string order: upper case before lower case.
  CHECK(keys_of(map) == std::vector<std::string>{"B", "a", "b", "c"});
  CHECK(text_at(map, "a") == "first");
  CHECK(map.count("c") == 1);
  CHECK(map.count("d") == 0);
  CHECK(map.find("d") == map.end());
  CHECK_THROWS_AS(map.at("d"), std::out_of_range);
}

TEST_CASE("emplace keeps a value, insert_or_assign replaces it", "[render][view]") {
  view::Map map{{"m", "old"}};
  CHECK_FALSE(map.emplace("m", "new").second);
  CHECK(text_at(map, "m") == "old");
  CHECK(map.emplace("a", "added").second);
  map.insert_or_assign("m", "new");
  CHECK(text_at(map, "m") == "new");
  map["z"] = view::Array{1, 2};
  CHECK(keys_of(map) == std::vector<std::string>{"a", "m", "z"});
  CHECK(map.erase("a") == 1);
  CHECK(map.erase("a") == 0);
  CHECK(keys_of(map) == std::vector<std::string>{"m", "z"});
}

TEST_CASE("merged lays one map over another", "[render][view]") {
  view::Map frame{{"lang", "en"}, {"root", "../"}, {"title", "Site"}};
  view::Map page{{"title", "Page"}, {"id", "p1"}, {"body", view::Map{{"x", 1}}}};
  view::Map both = view::merged(frame, page);
  CHECK(keys_of(both) == std::vector<std::string>{"body", "id", "lang", "root", "title"});
  CHECK(text_at(both, "title") == "Page");
  CHECK(text_at(both, "lang") == "en");
  CHECK(std::get<int>(std::get<view::Map>(both.at("body")).at("x")) == 1);
  CHECK(keys_of(view::merged({}, frame)) == keys_of(frame));
  CHECK(keys_of(view::merged(frame, {})) == keys_of(frame));
}

TEST_CASE("a view node from a string literal is text", "[render][view]") {
  view::Node node = "literal";
  CHECK(std::holds_alternative<std::string>(node));
  CHECK(std::holds_alternative<std::nullptr_t>(view::Node()));
}
