#include <catch2/catch.hpp>

#include "core/error.h"
#include "render/markdown.h"
#include "render/template_check.h"

using namespace qala;

namespace {

InputError check_error(const std::map<std::string, std::string>& templates,
                       const std::string& name) {
  try {
    check_template(name, templates);
  } catch (const InputError& e) {
    return e;
  }
  FAIL("check_template did not throw");
  return InputError({}, "");
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a template's UI strings and partials are collected", "[render]") {
  std::map<std::string, std::string> templates{
      {"page.html", "<h1>{{t.home.title}}</h1>{{#items}}{{name}}{{/items}}{{> partials/f.html}}"},
      {"partials/f.html", "<footer>{{t.footer.note}} {{{body_html}}}</footer>"}};
  TemplateUses uses = check_template("page.html", templates);
  CHECK(uses.string_keys == std::vector<std::string>{"home.title", "footer.note"});
  CHECK(uses.partials == std::vector<std::string>{"partials/f.html"});
}

TEST_CASE("template errors point at the template file, line and column", "[render]") {
  auto e = check_error({{"a.html", "<p>\n  {{#rows}}\n{{/cols}}"}}, "a.html");
  CHECK(e.where().file == "templates/a.html");
  CHECK(e.where().line == 3);
  CHECK(e.where().column == 1);
  CHECK(contains(e.message(), "expected '{{/rows}}'"));

  e = check_error({{"a.html", "x {{name"}}, "a.html");
  CHECK(e.where().line == 1);
  CHECK(e.where().column == 3);

  e = check_error({{"a.html", "{{> partials/hed.html}}"}, {"partials/head.html", ""}}, "a.html");
  CHECK(contains(e.message(), "did you mean 'partials/head.html'?"));

  e = check_error({{"a.html", "{{/x}}"}}, "a.html");
  CHECK(contains(e.message(), "closes no section"));

  e = check_error({{"a.html", "{{> a.html}}"}}, "a.html");
  CHECK(contains(e.message(), "includes itself"));
}

TEST_CASE("only *_html names may be written unescaped", "[render]") {
  CHECK_NOTHROW(check_template("a.html", {{"a.html", "{{{intro_html}}} {{& figure_html}}"}}));
  auto e = check_error({{"a.html", "{{{title}}}"}}, "a.html");
  CHECK(contains(e.message(), "'title'"));
  e = check_error({{"a.html", "{{& title}}"}}, "a.html");
  CHECK(contains(e.message(), "'title'"));
}

TEST_CASE("Markdown is rendered with the GFM extensions, without raw HTML", "[render]") {
  std::string html = markdown_to_html(
      "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ see https://doi.org/10.1/x\n\n"
      "<iframe src=\"x\"></iframe>\n\n[link](javascript:alert(1))");
  CHECK(contains(html, "<table>"));
  CHECK(contains(html, "<td>1</td>"));
  CHECK(contains(html, "<del>gone</del>"));
  CHECK(contains(html, "<a href=\"https://doi.org/10.1/x\">"));
  CHECK_FALSE(contains(html, "<iframe"));
  CHECK(contains(html, "<a href=\"\">link</a>"));
  CHECK_FALSE(contains(html, "href=\"javascript:"));
}
