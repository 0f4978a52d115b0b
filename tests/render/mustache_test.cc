// The compiled Mustache renderer (render/mustache.h): each feature with its output written by
// hand (and mstch 1.0.2, the renderer it replaces, required to agree), then every page of the
// shipped project rendered by both, byte for byte.
#include <catch2/catch.hpp>

#include <mstch/mstch.hpp>

#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "check/run_checks.h"
#include "core/error.h"
#include "load/file_source.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "render/html.h"
#include "render/mustache.h"
#include "render/render_site.h"
#include "run/method_registry.h"
#include "run/run_analyses.h"
#include "support/mstch_view.h"

using namespace qala;
using qala::testing::to_mstch;

namespace {

using Partials = std::map<std::string, std::string>;

/// `text` rendered with `view` by the compiled renderer; mstch must give the same bytes.
std::string render(const std::string& text, const view::Map& view, const Partials& partials = {}) {
  Partials closure = partials;
  closure["page"] = text;
  mstch::config::escape = html_escape;
  std::string compiled = CompiledTemplate::compile("page", closure).render(view);
  INFO("template: " << text);
  CHECK(compiled == mstch::render(text, to_mstch(view), closure));
  return compiled;
}

}  // namespace

TEST_CASE("compiled Mustache: variables are escaped unless triple or &", "[render][mustache]") {
  view::Map view{{"x", std::string("<a href='q'>&\"/")}};
  CHECK(render("[{{x}}]", view) == "[&lt;a href=&#39;q&#39;&gt;&amp;&quot;/]");
  CHECK(render("[{{{x}}}]", view) == "[<a href='q'>&\"/]");
  CHECK(render("[{{&x}}]", view) == "[<a href='q'>&\"/]");
  CHECK(render("[{{ x }}|{{{ x }}}|{{& x }}]", view::Map{{"x", std::string("v")}}) == "[v|v|v]");
  CHECK(render("[{{missing}}]", view) == "[]");
}

TEST_CASE("compiled Mustache: how values print", "[render][mustache]") {
  view::Map view{{"i", 42},
                 {"neg", -7},
                 {"half", 2.5},
                 {"sum", 0.1 + 0.2},
                 {"big", 1234567.0},
                 {"tiny", 0.00001},
                 {"yes", true},
                 {"no", false},
                 {"null", nullptr},
                 {"list", view::Array{std::string("a")}},
                 {"map", view::Map{{"k", std::string("v")}}}};
  // ints by std::to_string, doubles as an ostream prints them (6 significant digits, %g).
  CHECK(render("{{i}} {{neg}} {{half}} {{sum}} {{big}} {{tiny}}", view) ==
        "42 -7 2.5 0.3 1.23457e+06 1e-05");
  CHECK(render("{{yes}} {{no}} [{{null}}] [{{list}}] [{{map}}]", view) == "true false [] [] []");
}

TEST_CASE("compiled Mustache: sections and what is falsy", "[render][mustache]") {
  view::Map view{{"null", nullptr},
                 {"f", false},
                 {"zero", 0},
                 {"zero_d", 0.0},
                 {"empty", std::string()},
                 {"none", view::Array{}},
                 {"t", true},
                 {"one", 1},
                 {"s", std::string("a&b")},
                 {"zero_text", std::string("0")},
                 {"m", view::Map{}}};
  for (const char* falsy : {"null", "f", "zero", "zero_d", "empty", "none", "missing"}) {
    std::string name = falsy;
    INFO(name);
    CHECK(render("[{{#" + name + "}}yes{{/" + name + "}}{{^" + name + "}}no{{/" + name + "}}]",
                 view) == "[no]");
  }
  for (const char* truthy : {"t", "one", "s", "zero_text", "m"}) {
    std::string name = truthy;
    INFO(name);
    CHECK(render("[{{#" + name + "}}yes{{/" + name + "}}{{^" + name + "}}no{{/" + name + "}}]",
                 view) == "[yes]");
  }
  // A scalar section value is the context `.`; in an inverted section `.` is empty.
  CHECK(render("{{#s}}<{{.}}>{{/s}}{{#one}}{{.}}{{/one}}", view) == "<a&amp;b>1");
  CHECK(render("{{^none}}[{{.}}]{{/none}}", view) == "[]");
  // `.` where the context is a map prints nothing.
  CHECK(render("[{{.}}]{{#m}}[{{.}}]{{/m}}", view) == "[][]");
}

TEST_CASE("compiled Mustache: lists and the context stack", "[render][mustache]") {
  view::Map view{
      {"title", std::string("out")},
      {"items", view::Array{view::Map{{"name", std::string("a")}},
                            view::Map{{"name", std::string("b")}, {"title", std::string("in")}}}},
      {"words", view::Array{std::string("x"), std::string(""), std::string("y")}},
      {"nested", view::Array{view::Array{1, 2}, view::Array{3}}}};
  // Each item is pushed; a name the item lacks comes from outer contexts.
  CHECK(render("{{#items}}[{{name}}:{{title}}]{{/items}}", view) == "[a:out][b:in]");
  // Items are not tested for falsiness: the empty string runs its iteration too.
  CHECK(render("{{#words}}({{.}}){{/words}}", view) == "(x)()(y)");
  // An item that is an array is the context as a whole.
  CHECK(render("{{#nested}}({{#.}}{{.}}{{/.}}){{/nested}}", view) == "(12)(3)");
  // Sections of the same name nest.
  CHECK(render("{{#items}}{{#items}}{{name}}{{/items}};{{/items}}", view) == "ab;ab;");
}

TEST_CASE("compiled Mustache: dotted names", "[render][mustache]") {
  view::Map view{
      {"a", view::Map{{"b", view::Map{{"c", std::string("deep")}}}, {"s", std::string("str")}}},
      {"p", view::Map{{"a", view::Map{}}}},
      {"t", view::Map{{"status", view::Map{{"ok", std::string("fine")}}}}}};
  CHECK(render("{{a.b.c}}|{{a.x.c}}|{{a.s.c}}|{{t.status.ok}}", view) == "deep|||fine");
  // The first part is looked up in the stack, the others only inside what it found.
  CHECK(render("{{#p}}[{{a.s}}]{{/p}}", view) == "[]");
  CHECK(render("{{#a.b}}{{c}}{{/a.b}}", view) == "deep");
}

TEST_CASE("compiled Mustache: comments and standalone lines", "[render][mustache]") {
  view::Map view{{"items", view::Array{std::string("x"), std::string("y")}},
                 {"t", true},
                 {"e", std::string()}};
  CHECK(render("a{{! note }}b", view) == "ab");
  CHECK(render("a\n  {{! note }}  \nb", view) == "a\nb");
  CHECK(render("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n", view) ==
        "<ul>\n  <li>x</li>\n  <li>y</li>\n</ul>\n");
  // Not standalone: text beside the tags, a variable on the line, no newline at the end.
  CHECK(render("a {{#t}}b{{/t}} c\n", view) == "a b c\n");
  CHECK(render("  {{e}}\n", view) == "  \n");
  CHECK(render("a\n  {{#t}}{{/t}}  ", view) == "a\n    ");
  // A tag that ends the file ends its line.
  CHECK(render("a\n  {{! c }}", view) == "a\n");
  // Tabs and '\r' (CRLF files) are whitespace, '\v' is not.
  CHECK(render("\t{{! c }}\t\nb", view) == "b");
  CHECK(render("{{! c }}\r\nb", view) == "b");
  CHECK(render("\v{{! c }}\v\nb", view) == "\v\v\nb");
}

TEST_CASE("compiled Mustache: partials and their indentation", "[render][mustache]") {
  view::Map view{{"x", std::string("X")},
                 {"items", view::Array{std::string("a"), std::string("b")}}};
  CHECK(render("[{{> p}}]", view, {{"p", "<b>{{x}}</b>"}}) == "[<b>X</b>]");
  CHECK(render("[{{> missing}}]", view) == "[]");
  // A standalone partial is indented on each of its lines.
  CHECK(render("<div>\n  {{> p}}\n</div>\n", view, {{"p", "<b>\n{{x}}\n</b>\n"}}) ==
        "<div>\n  <b>\n  X\n  </b>\n</div>\n");
  // Inside a section the indentation is part of the section's text: it also follows the last
  // line, before what comes after the partial (mstch's behaviour).
  CHECK(render("<div>\n  {{> p}}\n</div>\n", view,
               {{"p", "{{#items}}\n<i>{{.}}</i>\n{{/items}}\n"}}) ==
        "<div>\n  <i>a</i>\n  <i>b</i>\n  </div>\n");
  // Indentation does not add up through nested partials, except on the first line.
  CHECK(render("  {{> p}}\n", view, {{"p", "a\n  {{> q}}\n"}, {"q", "b\nc\n"}}) ==
        "  a\n    b\n  c\n");
}

TEST_CASE("compiled Mustache: broken templates render as mstch renders them",
          "[render][mustache]") {
  view::Map view{{"s", true}, {"x", std::string("X")}};
  // An unclosed section drops the rest; a stray close is nothing. (check_template rejects both.)
  CHECK(render("a{{#s}}b{{x}}", view) == "a");
  CHECK(render("a{{/s}}b", view) == "ab");
  CHECK(render("a{{#s}}b{{/x}}c{{/s}}d", view) == "a");
  CHECK(render("a {{x", view) == "a {{x");
}

TEST_CASE("compiled Mustache: what it does not support throws", "[render][mustache]") {
  CHECK_THROWS_AS(CompiledTemplate::compile("p", {{"p", "{{=<% %>=}}"}}), std::runtime_error);
  CHECK_THROWS_AS(CompiledTemplate::compile("p", {{"p", "{{> p}}"}}), std::runtime_error);
  CHECK_THROWS_AS(CompiledTemplate::compile("p", {{"q", ""}}), std::runtime_error);
}

TEST_CASE("compiled Mustache: several threads render one template", "[render][mustache]") {
  CompiledTemplate tmpl =
      CompiledTemplate::compile("p", {{"p", "{{#items}}<{{.}}>{{/items}}{{t.a}}"}});
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < outputs.size(); ++i)
    threads.emplace_back([&, i] {
      view::Map view{{"items", view::Array{std::to_string(i), std::string("&")}},
                     {"t", view::Map{{"a", std::string("!")}}}};
      for (int n = 0; n < 200; ++n) outputs[i] = tmpl.render(view);
    });
  for (auto& thread : threads) thread.join();
  for (size_t i = 0; i < outputs.size(); ++i)
    CHECK(outputs[i] == "<" + std::to_string(i) + "><&amp;>!");
}

TEST_CASE("compiled Mustache: every shipped page is byte-identical to mstch's",
          "[render][mustache]") {
  DiskFileSource files(QALA_SOURCE_DIR);
  Project project = load_project(files);
  const MethodRegistry& methods = builtin_methods();
  BuildPlan plan = make_plan(project, methods.names(), "test");
  RunResults results = run_analyses(plan, methods);
  CheckReport report = run_checks(project, results);
  SiteInputs site = prepare_site(project, results, report);
  mstch::config::escape = html_escape;
  std::map<std::string, std::pair<Partials, CompiledTemplate>> templates;
  size_t compared = 0;
  for (const PageSpec& spec : list_pages(site)) {
    auto tmpl = templates.find(spec.template_name);
    if (tmpl == templates.end()) {
      Partials closure = template_closure(spec.template_name, project.templates);
      CompiledTemplate compiled = CompiledTemplate::compile(spec.template_name, closure);
      tmpl = templates.emplace(spec.template_name, std::make_pair(closure, compiled)).first;
    }
    view::Map view = spec.view();
    const view::Map& outer = page_outer_context(site, spec);
    std::string actual = tmpl->second.second.render(view, &outer);
    // mstch has no context under the view: give it the strings merged in.
    mstch::map merged = to_mstch(view);
    for (const auto& [key, value] : outer) merged.emplace(key, to_mstch(value));
    std::string expected =
        mstch::render(tmpl->second.first.at(spec.template_name), merged, tmpl->second.first);
    if (actual != expected) {
      size_t at = 0;
      while (at < actual.size() && at < expected.size() && actual[at] == expected[at]) ++at;
      FAIL(spec.path << " differs at byte " << at << ": mstch has '"
                     << expected.substr(at > 40 ? at - 40 : 0, 120) << "', compiled has '"
                     << actual.substr(at > 40 ? at - 40 : 0, 120) << "'");
    }
    ++compared;
  }
  // The site has hundreds of templated pages in three languages.
  CHECK(compared > 100);
  CHECK(templates.size() >= 10);
}

TEST_CASE("compiled Mustache: an outer context lies under the view", "[render][mustache]") {
  std::map<std::string, std::string> closure{
      {"page",
       "{{t.hello}} {{name}}{{#items}} [{{t.hello}}/{{name}}]{{/items}}{{^t.none}}!{{/t.none}}"}};
  CompiledTemplate tmpl = CompiledTemplate::compile("page", closure);
  view::Map outer{{"t", view::Map{{"hello", std::string("Сәлем")}}},
                  {"name", std::string("outer")}};
  view::Map view{{"name", std::string("view")},
                 {"items", view::Array{view::Map{{"name", std::string("item")}}, view::Map{}}}};
  // The view's keys win; the outer's fill in, also inside sections.
  CHECK(tmpl.render(view, &outer) == "Сәлем view [Сәлем/item] [Сәлем/view]!");
  // The same bytes as mstch with the outer's keys merged into the view.
  mstch::map merged = to_mstch(view);
  for (const auto& [key, value] : outer) merged.emplace(key, to_mstch(value));
  mstch::config::escape = html_escape;
  CHECK(tmpl.render(view, &outer) == mstch::render(closure.at("page"), merged, closure));
  CHECK(tmpl.render(view) == " view [/item] [/view]!");
}
