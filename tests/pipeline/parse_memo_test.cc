// The YAML memo: a rebuild reads unchanged files' trees from the cache instead of parsing them.
// A tree read back must be the parser's own, place for place, or errors found after parsing
// would point somewhere else on a rebuild than on a first build.
#include <catch2/catch.hpp>

#include <functional>

#include "build/cache_codec.h"
#include "build/cache_store.h"
#include "build/parse_memo_cache.h"
#include "load/parse_memo.h"
#include "load/yaml_reader.h"
#include "support/mini_project.h"
#include "support/run_command.h"

using namespace qala;
using qala::testing::first_error;
using qala::testing::mini_project;
using qala::testing::mini_study_yaml;
using qala::testing::TempDir;

namespace {

const char* kRichYaml = R"(# a comment
id: rich
title: {en: "Quoted: text", ru: Текст, kk: Мәтін}
empty:
tilde: ~
list:
  - 1
  - [2, 3.5, "four"]
  - {a: b}
  -
nested:
  deeper:
    deepest: |
      two lines
      of text
folded: >
  one
  line
)";

/// "" when `a` and `b` are the same tree with the same places, else where they first differ.
std::string first_difference(const Value& a, const Value& b, const std::string& path = "/") {
  if (a.kind() != b.kind()) return path + ": kind";
  if (a.where().str() != b.where().str())
    return path + ": " + a.where().str() + " vs " + b.where().str();
  switch (a.kind()) {
    case Value::Kind::kNull:
      return "";
    case Value::Kind::kScalar:
      return a.text() == b.text() ? "" : path + ": text";
    case Value::Kind::kList:
      if (a.items().size() != b.items().size()) return path + ": length";
      for (size_t i = 0; i < a.items().size(); ++i) {
        auto d = first_difference(a.items()[i], b.items()[i], path + std::to_string(i) + "/");
        if (!d.empty()) return d;
      }
      return "";
    case Value::Kind::kMap:
      if (a.entries().size() != b.entries().size()) return path + ": size";
      for (size_t i = 0; i < a.entries().size(); ++i) {
        const auto& key = a.entries()[i].first;
        if (key != b.entries()[i].first) return path + ": key " + key;
        if (a.key_where_at(i).str() != b.key_where_at(i).str()) return path + key + ": key place";
        auto d = first_difference(a.entries()[i].second, b.entries()[i].second, path + key + "/");
        if (!d.empty()) return d;
      }
      return "";
  }
  return "";
}

}  // namespace

TEST_CASE("a YAML tree read back from the cache is the parsed one, place for place", "[cache]") {
  Value parsed = parse_yaml(kRichYaml, "analyses/rich.yaml");
  auto back = decode_value(encode_value(parsed), "analyses/rich.yaml");
  REQUIRE(back);
  CHECK(first_difference(parsed, *back) == "");
  CHECK(back->at("nested").at("deeper").at("deepest").text() == "two lines\nof text\n");
  CHECK(back->key_where("folded").str() == "analyses/rich.yaml:16:1");
  CHECK(back->at("empty").where().str() == parsed.at("empty").where().str());
  // An empty file is a null tree that still names the file.
  auto empty = decode_value(encode_value(parse_yaml("", "golden/x.yaml")), "golden/x.yaml");
  REQUIRE(empty);
  CHECK(first_difference(parse_yaml("", "golden/x.yaml"), *empty) == "");
}

TEST_CASE("a cut or damaged tree entry decodes to nothing or to a tree, never a crash", "[cache]") {
  std::string bytes = encode_value(parse_yaml(kRichYaml, "f.yaml"));
  for (size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(decode_value(bytes.substr(0, n), "f.yaml"));
  CHECK_FALSE(decode_value(bytes + "x", "f.yaml"));
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0xff);
    (void)decode_value(damaged, "f.yaml");  // must return, whatever it returns
  }
  CHECK_FALSE(decode_value(std::string(5000, '\x03') + std::string(5000, '\0'), "f.yaml"));
}

TEST_CASE("a rebuild reads unchanged YAML from the memo and reports errors at the same place",
          "[cache]") {
  TempDir dir;
  auto files = mini_project();
  // Parses, then is refused by the loader: the tree is kept, the error is found after.
  std::string study = mini_study_yaml();
  study.replace(study.find("    method: trend"), 17, "    methd: trend");
  files.add("analyses/mini.yaml", study);
  const std::string cold_error = first_error(files);
  REQUIRE(cold_error == "analyses/mini.yaml:12:5: unknown key 'methd' (did you mean 'method'?)");
  long yaml_files = 0;
  {
    CacheStore cache(dir.path());
    CachedParseMemo memo(cache, "tool-1");
    files.remember_parses_in(&memo);
    CHECK(first_error(files) == cold_error);
    memo.flush();
    cache.save();
    CHECK(memo.found() == 0);
    yaml_files = memo.parsed();
    CHECK(yaml_files >= 3);  // the study, its dataset's metadata, its golden file, site files
  }
  {
    CacheStore cache(dir.path());
    CachedParseMemo memo(cache, "tool-1");
    files.remember_parses_in(&memo);
    CHECK(first_error(files) == cold_error);
    CHECK(memo.parsed() == 0);
    CHECK(memo.found() == yaml_files);
    memo.flush();
    cache.save();
  }
  {
    // One file edited: only it is parsed again.
    files.add("analyses/mini.yaml", study + "# edited\n");
    CacheStore cache(dir.path());
    CachedParseMemo memo(cache, "tool-1");
    files.remember_parses_in(&memo);
    CHECK(first_error(files) == cold_error);
    CHECK(memo.parsed() == 1);
    CHECK(memo.found() == yaml_files - 1);
  }
  {
    // Another tool parses everything again.
    CacheStore cache(dir.path());
    CachedParseMemo memo(cache, "tool-2");
    files.remember_parses_in(&memo);
    CHECK(first_error(files) == cold_error);
    CHECK(memo.found() == 0);
  }
}

TEST_CASE("a YAML file that does not parse is never remembered", "[cache]") {
  TempDir dir;
  CacheStore cache(dir.path());
  CachedParseMemo memo(cache, "tool-1");
  const std::string bad = "a: [1, 2\n";
  CHECK_THROWS(parse_yaml_remembered(bad, "bad.yaml", &memo));
  CHECK_THROWS(parse_yaml_remembered(bad, "bad.yaml", &memo));
  CHECK(memo.parsed() == 0);
  CHECK(memo.found() == 0);
}
