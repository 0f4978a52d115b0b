#include <catch2/catch.hpp>

#include "core/error.h"
#include "render/citation.h"
#include "render/render_site.h"

using namespace qala;

namespace {

/// A whole mini site written inline: three languages, one study with a dataset and two checks.
Project mini_project() {
  Project p;
  p.site.languages = {"en", "ru", "kk"};
  p.site.title = {{"en", "Monotowns"}, {"ru", "Моногорода"}, {"kk", "Моноқалалар"}};
  for (const auto& [lang, name, reproduced] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"en", "English", "reproduced"},
           {"ru", "Русский", "воспроизведено"},
           {"kk", "Қазақша", "қайталанды"}}) {
    p.strings[lang] = {{"language.name", name},
                       {"status.reproduced", reproduced},
                       {"report.title", "Report " + lang},
                       {"citation.et_al", "et al."},
                       {"home.title", "Home"},
                       {"source.table", "Table {}"},
                       {"source.figure", lang == "kk" ? "{}-сурет" : "Figure {}"},
                       {"source.equation", "Equation {}"},
                       {"i18n.untranslated", "Untranslated " + lang}};
  }
  const std::string head =
      "<!DOCTYPE html><html lang=\"{{lang}}\"><head><title>{{page_title}}</title>"
      "{{#alternates}}<link rel=\"alternate\" hreflang=\"{{lang}}\" href=\"{{href}}\">"
      "{{/alternates}}<link rel=\"alternate\" hreflang=\"x-default\" href=\"{{x_default_href}}\">"
      "{{#stylesheets}}<link rel=\"stylesheet\" href=\"{{href}}\">{{/stylesheets}}</head><body>"
      "<nav>{{#languages}}<a href=\"{{href}}\" hreflang=\"{{lang}}\">{{name}}</a>{{/languages}}"
      "</nav>\n";
  p.templates = {
      {"partials/head.html", head},
      {"home.html",
       "{{> partials/head.html}}{{{intro_html}}}{{#studies}}<a href=\"{{href}}\">"
       "{{title}}</a> {{#summary}}{{reproduced}}{{/summary}}{{/studies}}</body></html>"},
      {"study.html",
       "{{> partials/head.html}}<h1>{{citation.title}}</h1>{{{text_html}}}"
       "{{#datasets}}<table>{{#rows}}<tr>{{#cells}}<td>{{text}}</td>{{/cells}}</tr>{{/rows}}"
       "</table>{{/datasets}}{{#groups}}<h2>{{table}}</h2>{{#checks}}<p>{{published}} | "
       "{{computed}} | {{#is_reproduced}}{{t.status.reproduced}}{{/is_reproduced}}</p>{{/checks}}"
       "{{/groups}}</body></html>"},
      {"reproducibility.html",
       "{{> partials/head.html}}<h1>{{t.report.title}}</h1>{{#studies}}{{#checks}}"
       "<tr id=\"{{anchor}}\"><td>{{published}}</td><td>{{computed}}</td></tr>{{/checks}}"
       "{{/studies}}</body></html>"},
      {"redirect.html",
       "<!DOCTYPE html><html lang=\"{{lang}}\"><head><meta http-equiv=\"refresh\" "
       "content=\"0; url={{home_href}}\"></head><body><a "
       "href=\"{{home_href}}\">go</a></body></html>"},
  };
  p.assets = {{"site.css", "body{}"}};
  for (const char* lang : {"en", "ru", "kk"}) {
    p.pages["home"][lang] = std::string("Intro **") + lang + "**";
    p.pages["reproducibility"][lang] = "About checks";
    p.pages["studies/s1"][lang] = std::string("Study text ") + lang;
  }

  Study s;
  s.id = "s1";
  s.file = "analyses/s1.yaml";
  s.paper.authors = {"Borbasova Z.", "Nessipbayev R.", "Mussatayeva A."};
  s.paper.year = 2021;
  s.paper.journal = "Montenegrin Journal of Economics";
  s.paper.doi = "10.14254/1800-5845/2021.17-4.2";
  s.paper.title = {
      {"en", "Title <script>alert(1)</script>"}, {"ru", "Заголовок"}, {"kk", "Тақырып"}};
  Dataset d;
  d.id = "grp";
  d.file = "data/k/grp.csv";
  d.title = {{"en", "GRP"}, {"ru", "ВРП"}, {"kk", "ЖӨӨ"}};
  d.source = {"s1", "Table 6", "", "", "29"};
  d.columns = {{"year", "year", {{"en", "Year"}, {"ru", "Год"}, {"kk", "Жыл"}}},
               {"grp", "million tenge", {{"en", "GRP"}, {"ru", "ВРП"}, {"kk", "ЖӨӨ"}}},
               {"note", "", {{"en", "Note"}, {"ru", "Прим."}, {"kk", "Ескерту"}}}};
  Column year{"year", true, {2010, 2011}, {}, {}};
  Column grp{"grp", true, {1872842.3, 2387705.2}, {}, {}};
  Column note{"note", false, {}, {"<script>x</script>", "ok"}, {}};
  d.table.columns = {year, grp, note};
  d.table.rows.resize(2);
  s.datasets.push_back(d);
  p.studies.push_back(s);
  return p;
}

CheckReport mini_report(const Project& p) {
  CheckReport r;
  Check c;
  c.study = "s1";
  c.id = "b0";
  c.source = {"s1", "Figure 9", "b0", "coefficients", "29"};
  c.published = "1088901,231";
  c.computed = 1088901.2312;
  c.status = CheckStatus::kReproduced;
  c.ok = true;
  r.checks.push_back(c);
  Check e = c;
  e.id = "eq10";
  e.source.table = "Equation (10)";
  e.published = "5990,7";
  e.computed = 5391.26;
  e.status = CheckStatus::kDiffers;
  e.expected_status = CheckStatus::kDiffers;
  e.reason = "the paper mixes units";
  r.checks.push_back(e);
  r.by_study["s1"] = {1, 1, 0, 0};
  r.summary = r.by_study["s1"];
  (void)p;
  return r;
}

const Page* find(const std::vector<Page>& pages, const std::string& path) {
  for (const auto& page : pages)
    if (page.path == path) return &page;
  return nullptr;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// Renders and returns the InputError it throws.
InputError render_error(const Project& p) {
  try {
    render_site(p, {}, mini_report(p));
  } catch (const InputError& e) {
    return e;
  }
  FAIL("render_site did not throw");
  return InputError({}, "");
}

}  // namespace

TEST_CASE("every language gets every page, with its lang attribute", "[render]") {
  Project p = mini_project();
  auto pages = render_site(p, {}, mini_report(p));
  for (const char* lang : {"en", "ru", "kk"}) {
    for (const std::string rel :
         {"index.html", "studies/s1/index.html", "reproducibility/index.html"}) {
      const Page* page = find(pages, std::string(lang) + "/" + rel);
      REQUIRE(page != nullptr);
      CHECK(page->content.rfind("<!DOCTYPE html><html lang=\"" + std::string(lang) + "\">", 0) ==
            0);
    }
  }
  REQUIRE(find(pages, "assets/site.css") != nullptr);
  CHECK(find(pages, "assets/site.css")->content == "body{}");
  const Page* root = find(pages, "index.html");
  REQUIRE(root != nullptr);
  CHECK(contains(root->content, "<html lang=\"en\">"));
  CHECK(contains(root->content, "content=\"0; url=en/index.html\""));
  // The redirect, 3 pages per language, the stylesheet, and the study's 4 downloads (one copy).
  CHECK(pages.size() == 1 + 3 * 3 + 1 + 4);
}

TEST_CASE("pages link the same page in the other languages, relatively", "[render]") {
  Project p = mini_project();
  auto pages = render_site(p, {}, mini_report(p));
  const std::string& study_ru = find(pages, "ru/studies/s1/index.html")->content;
  for (const char* lang : {"en", "ru", "kk"}) {
    std::string href = std::string("../../../") + lang + "/studies/s1/index.html";
    CHECK(contains(study_ru, "hreflang=\"" + std::string(lang) + "\" href=\"" + href + "\""));
    CHECK(contains(study_ru, "<a href=\"" + href + "\" hreflang=\"" + lang + "\">"));
  }
  CHECK(contains(study_ru, "hreflang=\"x-default\" href=\"../../../en/studies/s1/index.html\""));
  CHECK(contains(study_ru, ">Русский</a>"));
  CHECK(contains(study_ru, ">Қазақша</a>"));
  CHECK(contains(study_ru, "href=\"../../../assets/site.css\""));
  const std::string& home_kk = find(pages, "kk/index.html")->content;
  CHECK(contains(home_kk, "href=\"../en/index.html\""));
  CHECK(contains(home_kk, "<a href=\"../kk/studies/s1/index.html\">Тақырып</a>"));
}

TEST_CASE("data is HTML-escaped", "[render]") {
  Project p = mini_project();
  auto pages = render_site(p, {}, mini_report(p));
  const std::string& study = find(pages, "en/studies/s1/index.html")->content;
  CHECK_FALSE(contains(study, "<script>"));
  CHECK(contains(study, "<h1>Title &lt;script&gt;alert(1)&lt;/script&gt;</h1>"));
  CHECK(contains(study, "<td>&lt;script&gt;x&lt;/script&gt;</td>"));
  CHECK_FALSE(contains(find(pages, "en/index.html")->content, "<script>"));
}

TEST_CASE("numbers are written in each language's style", "[render]") {
  Project p = mini_project();
  auto pages = render_site(p, {}, mini_report(p));
  const std::string& en = find(pages, "en/studies/s1/index.html")->content;
  const std::string& ru = find(pages, "ru/studies/s1/index.html")->content;
  CHECK(contains(en, "<td>2010</td><td>1,872,842.3</td>"));
  CHECK(contains(ru, "<td>2010</td><td>1\u202F872\u202F842,3</td>"));
  // Published text verbatim, computed rounded to the printed three decimals.
  CHECK(contains(en, "<p>1088901,231 | 1,088,901.231 | reproduced</p>"));
  CHECK(contains(ru, "<p>1088901,231 | 1\u202F088\u202F901,231 | воспроизведено</p>"));
  CHECK(contains(en, "<p>5990,7 | 5,391.3 | </p>"));
  CHECK(contains(find(pages, "kk/reproducibility/index.html")->content,
                 "<tr id=\"check-s1-eq10\"><td>5990,7</td><td>5\u202F391,3</td></tr>"));
}

TEST_CASE("reproduced tables are grouped by the published table", "[render]") {
  Project p = mini_project();
  auto pages = render_site(p, {}, mini_report(p));
  const std::string& en = find(pages, "en/studies/s1/index.html")->content;
  size_t figure = en.find("<h2>Figure 9</h2>");
  size_t equation = en.find("<h2>Equation (10)</h2>");
  REQUIRE(figure != std::string::npos);
  REQUIRE(equation != std::string::npos);
  CHECK(figure < en.find("1088901,231"));
  CHECK(en.find("1088901,231") < equation);
}

TEST_CASE("Markdown page text is rendered without its raw HTML", "[render]") {
  Project p = mini_project();
  p.pages["home"]["en"] = "# Hello\n\n<script>alert(1)</script>\n\nA <b>bold</b> ~~old~~ word.";
  auto pages = render_site(p, {}, mini_report(p));
  const std::string& home = find(pages, "en/index.html")->content;
  CHECK(contains(home, "<h1>Hello</h1>"));
  CHECK(contains(home, "<del>old</del>"));
  CHECK_FALSE(contains(home, "<script>"));
  CHECK_FALSE(contains(home, "<b>"));
  CHECK(contains(home, "raw HTML omitted"));
}

TEST_CASE("a missing UI string names the key, the language and the file", "[render]") {
  Project p = mini_project();
  p.strings["kk"].erase("status.reproduced");
  InputError e = render_error(p);
  CHECK(e.where().file == "site/i18n/kk.yaml");
  CHECK(contains(e.message(), "'status.reproduced'"));
  CHECK(contains(e.message(), "'kk'"));
}

TEST_CASE("a UI string a template uses but no language has is an error", "[render]") {
  Project p = mini_project();
  p.templates["home.html"] += "{{t.home.missing}}";
  InputError e = render_error(p);
  CHECK(e.where().file == "site/i18n/en.yaml");
  CHECK(contains(e.message(), "'home.missing'"));
}

TEST_CASE("a missing page translation names the page file", "[render]") {
  Project p = mini_project();
  p.pages["studies/s1"].erase("ru");
  InputError e = render_error(p);
  CHECK(e.where().file == "site/pages/studies/s1.ru.md");
  CHECK(contains(e.message(), "'ru'"));
}

TEST_CASE("a broken template names the template file and line", "[render]") {
  Project p = mini_project();
  p.templates["study.html"] = "<p>\n{{#groups}}\n{{table}}</p>";
  InputError e = render_error(p);
  CHECK(e.where().file == "templates/study.html");
  CHECK(e.where().line == 2);
  CHECK(contains(e.message(), "never closed"));

  p = mini_project();
  p.templates["study.html"] = "<h1>{{{citation.title}}}</h1>";
  e = render_error(p);
  CHECK(e.where().file == "templates/study.html");
  CHECK(contains(e.message(), "_html"));
}

TEST_CASE("rendering is deterministic", "[render]") {
  Project p = mini_project();
  auto first = render_site(p, {}, mini_report(p));
  auto second = render_site(p, {}, mini_report(p));
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].path == second[i].path);
    CHECK(first[i].content == second[i].content);
  }
}

TEST_CASE("a short citation names the first author, or the title when there is none", "[render]") {
  Project p = mini_project();
  Strings ru(p, "ru");
  Paper paper = p.studies[0].paper;
  CHECK(short_citation(paper, Strings(p, "en")) == "Borbasova et al. (2021)");
  paper.authors.resize(2);
  CHECK(short_citation(paper, ru) == "Borbasova, Nessipbayev (2021)");
  paper.authors.clear();
  CHECK(short_citation(paper, ru) == "Заголовок (2021)");
}

namespace {

/// Renders with `--allow-fallback` and collects the warnings.
std::vector<Page> render_with_fallback(const Project& p, std::vector<std::string>& warnings) {
  RenderOptions options;
  options.allow_fallback = true;
  options.warn = [&warnings](const std::string& w) { warnings.push_back(w); };
  return render_site(p, {}, mini_report(p), options);
}

}  // namespace

TEST_CASE("a missing ru UI string fails without --allow-fallback and falls back with it",
          "[render][fallback]") {
  Project p = mini_project();
  p.strings["ru"].erase("status.reproduced");
  InputError e = render_error(p);
  CHECK(e.where().file == "site/i18n/ru.yaml");
  CHECK(e.message() ==
        "missing UI string 'status.reproduced' for language 'ru', used by a template");

  std::vector<std::string> warnings;
  auto pages = render_with_fallback(p, warnings);
  REQUIRE(warnings == std::vector<std::string>{
                          "site/i18n/ru.yaml: warning: missing UI string 'status.reproduced' for "
                          "language 'ru', used by a template; showing the 'en' text"});
  const std::string& ru = find(pages, "ru/studies/s1/index.html")->content;
  // The English text, marked as English, and the badge in Russian's own string.
  CHECK(contains(ru, "<span lang=\"en\" class=\"untranslated-text\">reproduced</span>"));
  CHECK(contains(ru, "<p class=\"untranslated-badge\" role=\"note\">Untranslated ru</p>"));
  // Other languages are untouched; kk keeps its own word.
  const std::string& kk = find(pages, "kk/studies/s1/index.html")->content;
  CHECK(contains(kk, "қайталанды"));
  CHECK_FALSE(contains(kk, "untranslated"));
  CHECK_FALSE(contains(find(pages, "en/studies/s1/index.html")->content, "untranslated"));
  // No private-use marks are left in any file.
  for (const auto& page : pages) CHECK_FALSE(contains(page.content, "\xEE\x80\x80"));
}

TEST_CASE("a missing ru page text fails without --allow-fallback and falls back with it",
          "[render][fallback]") {
  Project p = mini_project();
  p.pages["studies/s1"].erase("ru");
  InputError e = render_error(p);
  CHECK(e.where().file == "site/pages/studies/s1.ru.md");
  CHECK(e.message() ==
        "missing page translation: page 'studies/s1' has no text in language 'ru' (expected the "
        "file site/pages/studies/s1.ru.md)");

  std::vector<std::string> warnings;
  auto pages = render_with_fallback(p, warnings);
  REQUIRE(warnings == std::vector<std::string>{
                          "site/pages/studies/s1.ru.md: warning: missing page translation: page "
                          "'studies/s1' has no text in language 'ru'; showing the 'en' text"});
  const std::string& ru = find(pages, "ru/studies/s1/index.html")->content;
  CHECK(contains(ru,
                 "<div class=\"untranslated\"><p class=\"untranslated-badge\" "
                 "role=\"note\">Untranslated ru</p><div lang=\"en\">\n<p>Study text en</p>"));
  CHECK(contains(find(pages, "kk/studies/s1/index.html")->content, "Study text kk"));
}

TEST_CASE("the fallback cannot fall back from the default language or without the badge",
          "[render][fallback]") {
  std::vector<std::string> warnings;
  Project p = mini_project();
  p.strings["en"].erase("status.reproduced");  // en is the default: nothing to fall back to
  try {
    render_with_fallback(p, warnings);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.where().file == "site/i18n/en.yaml");
  }
  p = mini_project();
  p.strings["ru"].erase("report.title");       // may fall back
  p.strings["kk"].erase("i18n.untranslated");  // the badge must exist in every language
  try {
    render_with_fallback(p, warnings);
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.where().file == "site/i18n/kk.yaml");
    CHECK(contains(e.message(), "'i18n.untranslated'"));
  }
}

TEST_CASE("a missing kk method page falls back with the file it lacks named",
          "[render][fallback]") {
  Project p = mini_project();
  p.templates["methods.html"] =
      "{{> partials/head.html}}{{#methods}}<a href=\"{{href}}\">{{title}}</a>{{/methods}}"
      "</body></html>";
  p.templates["method.html"] =
      "{{> partials/head.html}}<h1>{{title}}</h1>{{{body_html}}}"
      "</body></html>";
  p.strings["en"]["methods.title"] = "Methods";
  p.strings["ru"]["methods.title"] = "Методы";
  p.strings["kk"]["methods.title"] = "Әдістер";
  p.pages["methods/ols"]["en"] = "# Least squares\n\nText.\n";
  p.pages["methods/ols"]["ru"] = "# МНК\n\nТекст.\n";
  std::vector<std::string> warnings;
  auto pages = render_with_fallback(p, warnings);
  REQUIRE(warnings == std::vector<std::string>{
                          "site/methods/ols.kk.md: warning: missing page translation: page "
                          "'methods/ols' has no text in language 'kk'; showing the 'en' text"});
  const std::string& kk = find(pages, "kk/methods/ols/index.html")->content;
  // The title: bare text inside <title>, a lang span in the heading.
  CHECK(contains(kk, "<title>Least squares</title>"));
  CHECK(
      contains(kk, "<h1><span lang=\"en\" class=\"untranslated-text\">Least squares</span></h1>"));
  CHECK(contains(kk, "<div lang=\"en\">\n<h1>Least squares</h1>\n<p>Text.</p>"));
  CHECK(contains(find(pages, "kk/methods/index.html")->content,
                 "<span lang=\"en\" class=\"untranslated-text\">Least squares</span></a>"));
  CHECK(contains(find(pages, "ru/methods/ols/index.html")->content, "<h1>МНК</h1>"));
}
