// The build cache's packs: entries survive a save, damaged ones read as missing, and a save
// keeps only what the build used (the cache does not grow with every edit).
#include <catch2/catch.hpp>

#include <fstream>

#include "build/cache_store.h"
#include "support/run_command.h"

using qala::CacheStore;
using qala::testing::read_file;
using qala::testing::TempDir;

TEST_CASE("cache entries are kept across stores and packs", "[cache]") {
  TempDir dir;
  {
    CacheStore store(dir.path());
    store.write("result", "aa11", "first");
    store.write("result", "bb22", std::string("second\n\0with a zero", 19));
    store.write("state", "manifest", "m");
    CHECK(store.read("result", "aa11") == "first");  // before saving too
    store.save();
  }
  CacheStore again(dir.path());
  CHECK(again.read("result", "aa11") == "first");
  CHECK(again.read("result", "bb22") == std::string("second\n\0with a zero", 19));
  CHECK(again.read("state", "manifest") == "m");
  CHECK_FALSE(again.read("result", "cc33"));
  CHECK_FALSE(again.read("checks", "aa11"));
}

TEST_CASE("a save drops the entries the build did not use", "[cache]") {
  TempDir dir;
  {
    CacheStore store(dir.path());
    store.write("result", "old1", "an edit ago");
    store.write("result", "keep", "still used");
    store.write("state", "memo-other-folder", "m");
    store.save();
  }
  {
    CacheStore store(dir.path());
    REQUIRE(store.read("result", "keep"));
    CHECK_FALSE(store.read("state", "memo-this-folder"));
    store.write("result", "new1", "this build");
    store.save();
  }
  CacheStore after(dir.path());
  CHECK_FALSE(after.read("result", "old1"));
  CHECK(after.read("result", "keep") == "still used");
  CHECK(after.read("result", "new1") == "this build");
  CHECK_FALSE(after.read("state", "memo-other-folder"));
  // A kind this build never asked for is left as it was.
  CHECK_FALSE(after.read("checks", "x"));
}

TEST_CASE("a damaged payload reads as missing, the rest of the pack still reads", "[cache]") {
  TempDir dir;
  {
    CacheStore store(dir.path());
    store.write("result", "aa", "payload one");
    store.write("result", "bb", "payload two");
    store.save();
  }
  const std::string pack = dir.path() + "/result.pack";
  std::string bytes = read_file(pack);
  size_t at = bytes.find("payload one");
  REQUIRE(at != std::string::npos);
  bytes[at] = 'P';
  std::ofstream(pack, std::ios::binary | std::ios::trunc) << bytes;
  CacheStore damaged(dir.path());
  CHECK_FALSE(damaged.read("result", "aa"));
  CHECK(damaged.read("result", "bb") == "payload two");
  // Truncated in the middle of the second entry: the first still reads.
  std::ofstream(pack, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() - 4);
  CacheStore truncated(dir.path());
  CHECK_FALSE(truncated.read("result", "bb"));
  CHECK_FALSE(truncated.read("result", "aa"));  // still the damaged one
  std::ofstream(pack, std::ios::binary | std::ios::trunc) << "not a pack at all";
  CHECK_FALSE(CacheStore(dir.path()).read("result", "bb"));
}

TEST_CASE("a store without a folder never hits and never writes", "[cache]") {
  CacheStore none("");
  none.write("result", "aa", "x");
  none.save();
  CHECK_FALSE(none.read("result", "aa"));
  CHECK_FALSE(none.enabled());
}
