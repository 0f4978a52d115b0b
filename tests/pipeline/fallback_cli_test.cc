// `qala build --allow-fallback` as a user runs it on a copy of the shipped project with a
// Russian UI string and a Russian page removed.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include "support/run_command.h"

using namespace qala::testing;

namespace {
const std::string kQala = QALA_BINARY;
const std::string kRoot = QALA_SOURCE_DIR;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("qala build --allow-fallback shows missing Russian texts in English with a badge",
          "[cli][fallback]") {
  TempDir dir;
  copy_project_inputs(kRoot, dir.path());
  const std::string build =
      kQala + " build --root " + dir.path() + " --out " + dir.path() + "/_site";

  // A page translation missing: the default build stops, naming the file it expected.
  REQUIRE(std::remove((dir.path() + "/site/pages/home.ru.md").c_str()) == 0);
  auto no_page = run_command(build);
  CHECK(no_page.exit_code == 2);
  CHECK(contains(no_page.err,
                 "site/pages/home.en.md: error: page 'home' has no 'ru' translation "
                 "(expected site/pages/home.ru.md)"));

  // A UI string missing too (the Russian "Studies" heading of the home page).
  std::string ru_path = dir.path() + "/site/i18n/ru.yaml";
  std::string ru = read_file(ru_path);
  const std::string line = "  studies: Исследования\n";
  REQUIRE(ru.find(line) != std::string::npos);
  ru.erase(ru.find(line), line.size());
  std::ofstream(ru_path, std::ios::binary) << ru;
  auto no_key = run_command(build);
  CHECK(no_key.exit_code == 2);
  CHECK(contains(no_key.err,
                 "error: string 'home.studies' has no translation in 'ru' "
                 "(site/i18n/ru.yaml)"));

  auto fallback = run_command(build + " --allow-fallback");
  INFO(fallback.err);
  REQUIRE(fallback.exit_code == 0);  // the checks' exit code, unchanged by the fallback
  CHECK(contains(fallback.err,
                 "site/i18n/ru.yaml: warning: missing UI string 'home.studies' for language 'ru', "
                 "used by a template; showing the 'en' text\n"));
  CHECK(contains(fallback.err,
                 "site/pages/home.ru.md: warning: missing page translation: page 'home' has no "
                 "text in language 'ru'; showing the 'en' text\n"));
  std::string page = read_file(dir.path() + "/_site/ru/index.html");
  CHECK(contains(page, "<p class=\"untranslated-badge\" role=\"note\">Ещё не переведено"));
  CHECK(contains(page, "<span lang=\"en\" class=\"untranslated-text\">Studies</span>"));
  CHECK(contains(page, "<div lang=\"en\">"));
  // `check` renders nothing: with the flag it accepts the same project.
  CHECK(run_command(kQala + " check --root " + dir.path()).exit_code == 2);
  CHECK(run_command(kQala + " check --allow-fallback --root " + dir.path()).exit_code == 0);
  // The same page in Kazakh is whole.
  CHECK_FALSE(contains(read_file(dir.path() + "/_site/kk/index.html"), "untranslated"));
}
