// Two builds of the same inputs give byte-identical sites, whatever the working directory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "support/run_command.h"

using namespace qala::testing;
namespace fs = std::filesystem;

namespace {}  // namespace

TEST_CASE("builds are byte-identical across runs and working directories", "[cli][reproducible]") {
  TempDir a, b;
  std::string qala = QALA_BINARY, root = QALA_SOURCE_DIR;
  auto first = run_command("cd " + root + " && " + qala + " build --out " + a.path() + "/site");
  auto second =
      run_command("cd " + b.path() + " && " + qala + " build --root " + root + " --out site");
  INFO(first.err << second.err);
  REQUIRE(first.exit_code == 0);
  REQUIRE(second.exit_code == 0);
  auto one = read_tree(a.path() + "/site"), two = read_tree(b.path() + "/site");
  REQUIRE(one.size() == two.size());
  for (const auto& [path, bytes] : one) {
    INFO(path);
    CHECK(two.count(path));
    CHECK(two[path] == bytes);
  }
}
