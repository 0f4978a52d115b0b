// A user who has the project but not the reference data beside it (../shared): the site still
// builds, and the locator map says that it is drawn without the country outline.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/run_command.h"

using namespace qala::testing;
namespace fs = std::filesystem;

TEST_CASE("the project builds without ../shared and the map says it has no outline", "[cli][map]") {
  TempDir dir;
  std::string project = dir.path() + "/project";
  fs::create_directories(project);
  copy_project_inputs(QALA_SOURCE_DIR, project);
  REQUIRE_FALSE(fs::exists(dir.path() + "/shared"));
  auto r = run_command(std::string(QALA_BINARY) + " build --root " + project + " --out " +
                       dir.path() + "/site");
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  std::string home = read_file(dir.path() + "/site/en/index.html");
  CHECK(home.find("class=\"map-town\"") != std::string::npos);
  CHECK(home.find("class=\"map-outline\"") == std::string::npos);
  CHECK(home.find("The country outline was not found") != std::string::npos);
}
