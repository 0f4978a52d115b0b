// The loader under --allow-fallback: translations only the default language must have.
#include <catch2/catch.hpp>

#include "core/error.h"
#include "load/project_loader.h"
#include "support/mini_project.h"

using namespace qala;
using namespace qala::testing;

TEST_CASE("the loader leaves missing translations to the renderer only when allowed",
          "[load][fallback]") {
  MemoryFileSource files = mini_project();
  files.add("site/i18n/en.yaml", "nav:\n  home: Home\n  about: About\n");
  files.add("site/i18n/kk.yaml", "nav:\n  home: Басты бет\n  about: Туралы\n");
  // The default: a missing translation stops the load.
  CHECK(
      first_error(files) ==
      "site/i18n/en.yaml:3:10: string 'nav.about' has no translation in 'ru' (site/i18n/ru.yaml)");

  Project project = load_project(files, LoadOptions{true});
  CHECK(project.strings.at("ru").count("nav.about") == 0);
  CHECK(project.strings.at("kk").at("nav.about") == "Туралы");

  // The default language has nothing to fall back to: still an error.
  files.add("site/i18n/ru.yaml", "nav:\n  home: Главная\n  about: О сайте\n  extra: Ещё\n");
  try {
    load_project(files, LoadOptions{true});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.where().str() + ": " + e.message() ==
          "site/i18n/ru.yaml:4:10: string 'nav.extra' has no translation in 'en' "
          "(site/i18n/en.yaml)");
  }
}
