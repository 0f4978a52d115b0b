// `qala build --pdf`: the report to the Science Committee printed by headless Chromium inside the
// fresh site folder, linked from its page; a plain build makes no PDF and no link.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/run_command.h"
#include "write/pdf_print.h"

using namespace qala::testing;
namespace fs = std::filesystem;

TEST_CASE("build --pdf prints the programme report when Chromium is installed", "[cli][pdf]") {
  if (qala::find_chromium().empty()) {
    std::puts("QALA-SKIPPED: no chromium on PATH");
    return;
  }
  TempDir dir;
  std::string site = dir.path() + "/_site";
  auto r = run_command(std::string(QALA_BINARY) + " build --pdf --root " + QALA_SOURCE_DIR +
                       " --out " + site);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  for (const std::string lang : {"en", "ru", "kk"}) {
    INFO(lang);
    std::string pdf = read_file(site + "/" + lang + "/report/report.pdf");
    REQUIRE(pdf.size() > 1000);
    CHECK(pdf.compare(0, 5, "%PDF-") == 0);
    CHECK(read_file(site + "/" + lang + "/report/index.html").find("href=\"report.pdf\"") !=
          std::string::npos);
  }
  // Nothing of the printing is left beside the site.
  for (const auto& entry : fs::directory_iterator(dir.path()))
    CHECK(entry.path().filename() == "_site");
}

TEST_CASE("a plain build makes no PDF and does not link to one", "[cli][pdf]") {
  TempDir dir;
  std::string site = dir.path() + "/_site";
  auto r =
      run_command(std::string(QALA_BINARY) + " build --root " + QALA_SOURCE_DIR + " --out " + site);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(fs::exists(site + "/en/report/report.pdf"));
  CHECK(read_file(site + "/en/report/index.html").find("report.pdf") == std::string::npos);
}

TEST_CASE("build --pdf without Chromium warns and writes the site without a PDF", "[cli][pdf]") {
  TempDir dir;
  std::string site = dir.path() + "/_site";
  // An empty PATH: no chromium can be found (the binary is named by its full path).
  auto r = run_command("PATH=" + dir.path() + " " + std::string(QALA_BINARY) +
                       " build --pdf --root " + QALA_SOURCE_DIR + " --out " + site);
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.find("no chromium on PATH") != std::string::npos);
  CHECK_FALSE(fs::exists(site + "/en/report/report.pdf"));
  CHECK(read_file(site + "/en/report/index.html").find("report.pdf") == std::string::npos);
}
