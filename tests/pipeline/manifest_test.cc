// The build manifest (the last build's nodes, for --explain and page keys): written and read back
// unchanged, with an input list that many nodes share written once.
#include <catch2/catch.hpp>

#include "build/cache_store.h"
#include "build/node_record.h"
#include "support/run_command.h"

using qala::BuildManifest;
using qala::CacheStore;
using qala::NamedHashes;
using qala::NodeRecord;

namespace {

/// `n` made-up study files with made-up hashes, as every home and report page lists them.
std::shared_ptr<const NamedHashes> many_files(int n) {
  NamedHashes files;
  for (int i = 0; i < n; ++i)
    files.emplace_back("data/towns/town-" + std::to_string(i) + ".csv",
                       std::string(64, static_cast<char>('a' + i % 26)));
  return std::make_shared<const NamedHashes>(std::move(files));
}

size_t manifest_bytes(const CacheStore& store) {
  auto bytes = store.read("manifest", "manifest-4");
  return bytes ? bytes->size() : 0;
}

}  // namespace

TEST_CASE("a manifest reads back as written, shared input lists included", "[cache]") {
  qala::testing::TempDir dir;
  CacheStore store(dir.path());
  auto every_study = many_files(3);
  auto page_inputs = std::make_shared<const NamedHashes>(
      NamedHashes{{"tool version", "t1"}, {"template home.html", "h1"}});
  BuildManifest written;
  written["analysis:s/fit"] = {"k1", {{"data/s.csv", "c1"}, {"tool version", "t1"}}, ""};
  for (const char* lang : {"en", "ru"}) {
    NodeRecord page{std::string("key-") + lang, {}, std::string("hash:") + lang};
    page.shared_inputs = {page_inputs, every_study};
    page.input_key = std::string("inputs-") + lang;
    written[std::string("page:") + lang + "/index.html"] = page;
  }
  qala::write_manifest(store, written);
  BuildManifest read = qala::read_manifest(store);

  REQUIRE(read.size() == written.size());
  for (const auto& [id, record] : written) {
    INFO(id);
    const NodeRecord& back = read.at(id);
    CHECK(back.key == record.key);
    CHECK(back.inputs == record.inputs);
    CHECK(back.output == record.output);
    CHECK(back.input_key == record.input_key);
    REQUIRE(back.shared_inputs.size() == record.shared_inputs.size());
    for (size_t i = 0; i < record.shared_inputs.size(); ++i)
      CHECK(*back.shared_inputs[i] == *record.shared_inputs[i]);
  }
  // Read back shared too: one list in memory for both pages.
  CHECK(read.at("page:en/index.html").shared_inputs[1] ==
        read.at("page:ru/index.html").shared_inputs[1]);
}

TEST_CASE("a list of inputs shared by many pages is written once", "[cache]") {
  qala::testing::TempDir dir;
  CacheStore store(dir.path());
  auto every_study = many_files(1000);
  auto manifest_of = [&](int pages) {
    BuildManifest manifest;
    for (int i = 0; i < pages; ++i) {
      NodeRecord page{"key", {}, "hash:x"};
      page.shared_inputs = {every_study};
      manifest["page:" + std::to_string(i)] = page;
    }
    return manifest;
  };
  qala::write_manifest(store, manifest_of(1));
  size_t one = manifest_bytes(store);
  qala::write_manifest(store, manifest_of(6));
  size_t six = manifest_bytes(store);
  // The list itself is about 1000 x 90 bytes; five more pages add their ids, keys and outputs.
  CHECK(one > 90000);
  CHECK(six - one < 500);
}

TEST_CASE("why a page ran names the changed file of a shared list", "[cache]") {
  auto before_files = many_files(5);
  NamedHashes edited = *before_files;
  edited[3].second = "changed";
  NodeRecord before{"old", {}, ""};
  before.shared_inputs = {before_files};
  NodeRecord now{"new", {}, ""};
  now.shared_inputs = {std::make_shared<const NamedHashes>(edited)};
  CHECK(qala::why_node_ran(now, &before) == "data/towns/town-3.csv changed");
  CHECK(qala::why_node_ran(now, nullptr) == "no cache entry");
}
