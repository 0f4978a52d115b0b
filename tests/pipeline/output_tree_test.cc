// The output tree written file by file: nothing reaches the output folder before commit(), a
// tree dropped without commit() leaves no trace, and unchanged or identical files share inodes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "support/run_command.h"
#include "write/atomic_output.h"

using namespace qala;
using qala::testing::inode_of;
using qala::testing::read_file;
using qala::testing::TempDir;
namespace fs = std::filesystem;

namespace {

size_t entries_in(const std::string& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("an output tree reaches the output folder only when committed", "[write]") {
  TempDir dir;
  const std::string out = dir.path() + "/_site";
  write_tree_atomically(out, {{"en/index.html", "old"}, {"en/kept.html", "same"}});
  const unsigned long kept_inode = inode_of(out + "/en/kept.html");
  {
    OutputTree tree(out);
    tree.write({"en/index.html", "new"});
    tree.write({"en/kept.html", "same", /*unchanged=*/true});
    CHECK(read_file(out + "/en/index.html") == "old");  // still the old site
    tree.write_all({{"ru/a.csv", "x,y\n"}, {"kk/a.csv", "x,y\n"}}, 2);
    tree.commit();
  }
  CHECK(read_file(out + "/en/index.html") == "new");
  CHECK(read_file(out + "/en/kept.html") == "same");
  CHECK(inode_of(out + "/en/kept.html") == kept_inode);  // linked, not written again
  CHECK(inode_of(out + "/ru/a.csv") == inode_of(out + "/kk/a.csv"));
  CHECK(entries_in(dir.path()) == 1);  // no sibling left beside _site
}

TEST_CASE("an output tree dropped without commit leaves the old site and no sibling", "[write]") {
  TempDir dir;
  const std::string out = dir.path() + "/_site";
  write_tree_atomically(out, {{"index.html", "old"}});
  try {
    OutputTree tree(out);
    tree.write({"index.html", "half"});
    throw std::runtime_error("the build failed");
  } catch (const std::runtime_error&) {
  }
  CHECK(read_file(out + "/index.html") == "old");
  CHECK(entries_in(dir.path()) == 1);
  OutputTree tree(out);
  CHECK_THROWS(tree.write({"../outside.html", "x"}));
}

TEST_CASE("a spare tree is reused: folders kept, stale files gone, the live site untouched",
          "[write]") {
  TempDir dir;
  const std::string out = dir.path() + "/_site";
  const std::string spare = dir.path() + "/cache/replaced-site";
  {
    OutputTree first(out, spare);
    first.write_all({{"a.html", "1"}, {"d/b.html", "b"}, {"gone.html", "g"}}, 1);
    first.commit();
  }
  CHECK_FALSE(fs::exists(spare));  // there was no site to replace
  {
    OutputTree second(out, spare);
    second.write({"a.html", "2"});
    second.write({"d/b.html", "b", /*unchanged=*/true});
    second.commit();
  }
  REQUIRE(fs::exists(spare + "/gone.html"));  // the replaced site, kept
  const unsigned long live_b = inode_of(out + "/d/b.html");
  CHECK(inode_of(spare + "/d/b.html") == live_b);  // the same file in both trees
  const unsigned long spare_folder = inode_of(spare + "/d");
  {
    OutputTree third(out, spare);
    CHECK_FALSE(fs::exists(spare));  // taken for this build
    third.write({"d/b.html", "new b"});
    third.write({"a.html", "3"});
    // The file both trees shared was replaced in the new tree only.
    CHECK(read_file(out + "/d/b.html") == "b");
    CHECK(inode_of(out + "/d/b.html") == live_b);
    CHECK(read_file(out + "/a.html") == "2");
    third.commit();
  }
  CHECK(read_file(out + "/a.html") == "3");
  CHECK(read_file(out + "/d/b.html") == "new b");
  CHECK_FALSE(fs::exists(out + "/gone.html"));  // written two builds ago, not by this one
  CHECK(inode_of(out + "/d") == spare_folder);  // the folder was kept
  CHECK(read_file(spare + "/a.html") == "2");   // the site just replaced is the next spare
  CHECK(entries_in(dir.path()) == 2);           // _site and cache/ only
}

TEST_CASE("a spare tree with anything in it gives exactly the files written", "[write]") {
  TempDir dir;
  const std::string out = dir.path() + "/_site";
  const std::string spare = dir.path() + "/spare";
  write_tree_atomically(out, {{"index.html", "old"}});
  // A file where a folder belongs, a folder where a file belongs, a link out, a stray folder.
  fs::create_directories(spare + "/page.html/inside");
  write_tree_atomically(dir.path() + "/elsewhere", {{"secret.txt", "keep me"}});
  { std::ofstream(spare + "/en") << "not a folder"; }
  fs::create_directory_symlink(dir.path() + "/elsewhere", spare + "/fr");
  fs::create_directories(spare + "/stray/deeper");
  { std::ofstream(spare + "/stray/deeper/x.html") << "x"; }
  {
    OutputTree tree(out, spare);
    tree.write_all({{"page.html", "p"}, {"en/index.html", "e"}, {"fr/index.html", "f"}}, 2);
    tree.commit();
  }
  CHECK(read_file(out + "/page.html") == "p");
  CHECK(read_file(out + "/en/index.html") == "e");
  CHECK(read_file(out + "/fr/index.html") == "f");
  CHECK_FALSE(fs::is_symlink(out + "/fr"));
  CHECK_FALSE(fs::exists(out + "/stray"));
  CHECK_FALSE(fs::exists(out + "/index.html"));
  CHECK(read_file(dir.path() + "/elsewhere/secret.txt") == "keep me");
  CHECK_FALSE(fs::exists(dir.path() + "/elsewhere/index.html"));
}
