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
