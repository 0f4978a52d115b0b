// No wall-clock time reaches the site: SOURCE_DATE_EPOCH would be the only way a date could, and
// Qala needs none, so builds with and without it agree and no page carries today's date.
#include <catch2/catch.hpp>

#include <ctime>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "support/run_command.h"

using namespace qala::testing;
namespace fs = std::filesystem;

namespace {

/// Today's date as a page could print it: ISO, dotted (ru/kk), slashed, and the year alone.
std::vector<std::string> today_patterns() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  int y = utc.tm_year + 1900, m = utc.tm_mon + 1, d = utc.tm_mday;
  return {fmt::format("{:04}-{:02}-{:02}", y, m, d), fmt::format("{:02}.{:02}.{:04}", d, m, y),
          fmt::format("{:02}/{:02}/{:04}", m, d, y), fmt::format("{:02}/{:02}/{:04}", d, m, y),
          std::to_string(y)};
}

}  // namespace

TEST_CASE("no timestamp reaches the site with or without SOURCE_DATE_EPOCH",
          "[robust][cli][reproducible]") {
  TempDir dir;
  const std::string qala = QALA_BINARY, root = QALA_SOURCE_DIR;
  auto plain = run_command("env -u SOURCE_DATE_EPOCH " + qala + " build --root " + root +
                           " --out " + dir.path() + "/plain");
  auto pinned = run_command("SOURCE_DATE_EPOCH=86400 " + qala + " build --root " + root +
                            " --out " + dir.path() + "/pinned");
  INFO(plain.err << pinned.err);
  REQUIRE(plain.exit_code == 0);
  REQUIRE(pinned.exit_code == 0);
  auto a = read_tree(dir.path() + "/plain"), b = read_tree(dir.path() + "/pinned");
  REQUIRE(a.size() == b.size());
  for (const auto& [path, bytes] : a) {
    INFO(path);
    CHECK(b[path] == bytes);
  }

  // Any date found in the output must come from the inputs (a paper's year, a data series).
  std::string inputs;
  for (const char* part : {"analyses", "data", "golden", "site", "templates"})
    for (const auto& [path, bytes] : read_tree(root + "/" + part)) inputs += bytes;
  for (const auto& pattern : today_patterns()) {
    if (inputs.find(pattern) != std::string::npos) continue;
    for (const auto& [path, bytes] : a) {
      INFO(path << " contains " << pattern);
      CHECK(bytes.find(pattern) == std::string::npos);
    }
  }
  // The pinned day, 1970-01-02, appears nowhere either.
  for (const auto& [path, bytes] : b) {
    INFO(path);
    CHECK(bytes.find("1970-01-02") == std::string::npos);
    CHECK(bytes.find("02.01.1970") == std::string::npos);
  }
}
