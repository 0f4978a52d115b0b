// The shipped templates, UI strings and page texts rendered together (without results), so a
// template naming a string one language lacks, or a page without a translation, fails here.
#include <catch2/catch.hpp>

#include "load/file_source.h"
#include "load/project_loader.h"
#include "render/render_site.h"

using namespace qala;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the shipped templates and texts render in every language", "[render]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  REQUIRE(project.site.languages == std::vector<std::string>{"en", "ru", "kk"});
  std::vector<Page> pages = render_site(project, RunResults{}, CheckReport{});

  std::map<std::string, const Page*> by_path;
  for (const auto& page : pages) by_path[page.path] = &page;
  REQUIRE(by_path.count("assets/site.css") == 1);
  CHECK(contains(by_path["assets/site.css"]->content, "@media print"));
  for (const auto& lang : project.site.languages) {
    for (const std::string rel :
         {"index.html", "studies/karaganda-2021/index.html", "reproducibility/index.html"}) {
      std::string path = lang + "/" + rel;
      INFO(path);
      REQUIRE(by_path.count(path) == 1);
      const std::string& html = by_path[path]->content;
      CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"" + lang + "\">", 0) == 0);
      CHECK(contains(html, "<meta charset=\"utf-8\">"));
      CHECK(contains(html, "name=\"viewport\""));
      CHECK(contains(html, "hreflang=\"x-default\""));
      CHECK_FALSE(contains(html, "{{"));
      // Scripts only as deferred files (site/js/), never inline.
      const std::string deferred = "<script defer src=\"";
      for (size_t at = html.find("<script"); at != std::string::npos;
           at = html.find("<script", at + 1))
        CHECK(html.compare(at, deferred.size(), deferred) == 0);
      CHECK(contains(html, "assets/tables.js\"></script>"));
    }
  }
  // Each language's texts, not another's.
  CHECK(contains(by_path["kk/index.html"]->content, "Қазақстанның моноқалалары"));
  CHECK(
      contains(by_path["ru/studies/karaganda-2021/index.html"]->content, "Карагандинской области"));
  CHECK(contains(by_path["en/reproducibility/index.html"]->content, "golden value"));
  CHECK(contains(by_path["kk/studies/karaganda-2021/index.html"]->content, ">Қазақша</strong>"));
}
