// The shipped project run through the pipeline and rendered: the towns index, the town and
// investment profiles and their downloads carry the data files' values.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/pipeline.h"
#include "render/render_site.h"

using namespace qala;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

/// A CSV parser of its own (RFC 4180: quoted cells, doubled quotes, CRLF or LF), so the test
/// does not trust the code it tests.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell);
      cell.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(cell);
      cell.clear();
      rows.emplace_back();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || !rows.back().empty()) rows.back().push_back(cell);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::string read_source_file(const std::string& rel) {
  std::ifstream in(std::string(QALA_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The rendered shipped site, built once for all test cases.
const std::map<std::string, std::string>& shipped_site() {
  static const std::map<std::string, std::string> site = [] {
    PipelineState state;
    run_to_checks(QALA_SOURCE_DIR, state);
    std::map<std::string, std::string> out;
    for (auto& page : render_site(state.project, state.results, state.report))
      out[page.path] = page.content;
    return out;
  }();
  return site;
}

const std::string& page(const std::string& path) {
  const auto& site = shipped_site();
  auto it = site.find(path);
  INFO(path);
  REQUIRE(it != site.end());
  return it->second;
}

/// The town names of the index's rows, in order.
std::vector<std::string> index_names(const std::string& html) {
  std::vector<std::string> names;
  const std::string marker = "<th scope=\"row\" data-sort-value=\"";
  for (size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
    size_t open = html.find("\">", html.find("<a href=", at)) + 2;
    names.push_back(html.substr(open, html.find("</a>", open) - open));
  }
  return names;
}

}  // namespace

TEST_CASE("the towns index lists every town of towns.csv in each language", "[render][towns]") {
  auto towns = parse_csv(read_source_file("data/towns/towns.csv"));
  REQUIRE(towns.size() == 30);  // header + 29 towns
  for (const std::string lang : {"en", "ru", "kk"}) {
    const std::string& html = page(lang + "/towns/index.html");
    INFO(lang);
    CHECK(index_names(html).size() == 29);
    for (size_t r = 1; r < towns.size(); ++r)
      CHECK(contains(html, "href=\"../../" + lang + "/towns/" + towns[r][0] + "/index.html\""));
    CHECK(contains(html, "<table id=\"towns-table\" class=\"data towns-table\" data-sortable>"));
    CHECK(contains(html, "data-filter-table=\"towns-table\""));
    CHECK(contains(html, "<label for=\"towns-filter\">"));
  }
  // 29 in each language's plural form.
  CHECK(contains(page("en/towns/index.html"), "29 towns"));
  CHECK(contains(page("ru/towns/index.html"), "29 городов"));
  CHECK(contains(page("kk/towns/index.html"), "29 қала"));
  // Rudny's index I of 2022 (306,1, first of the 27-town column of Table 1) in each style.
  CHECK(contains(page("en/towns/index.html"), "data-sort-value=\"306.1\">306.1 (#1)"));
  CHECK(contains(page("ru/towns/index.html"), "data-sort-value=\"306.1\">306,1 (№1)"));
}

TEST_CASE("the Kazakh index follows the Kazakh alphabet", "[render][towns]") {
  auto names = index_names(page("kk/towns/index.html"));
  auto at = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) - names.begin();
  };
  // К before Қ (Курчатов, Қаражал), Ақсу before Алтай (Қ before Л), Саран before Сәтбаев.
  CHECK(at("Курчатов") < at("Қаражал"));
  CHECK(at("Кентау") < at("Қаратау"));
  CHECK(at("Ақсу") < at("Алтай"));
  CHECK(at("Саран") < at("Сәтбаев"));
  CHECK(at("Сәтбаев") < at("Серебрянск"));
  CHECK(names.front() == "Абай");
  // In Russian, Экибастуз (Э) is last; in English it is seventh.
  CHECK(index_names(page("ru/towns/index.html")).back() == "Экибастуз");
  CHECK(index_names(page("en/towns/index.html"))[6] == "Ekibastuz");
}

TEST_CASE("a town profile shows the paper's numbers in the page's language", "[render][towns]") {
  // Ekibastuz: paper 003 prints "a population of 133,889" (2024).
  CHECK(contains(page("en/towns/ekibastuz/index.html"), "133,889"));
  CHECK(contains(page("ru/towns/ekibastuz/index.html"), "133\u202f889"));
  const std::string& ru = page("ru/towns/zhanaozen/index.html");
  CHECK(contains(ru, "<h1>Жанаозен</h1>"));
  CHECK(contains(page("kk/towns/zhanaozen/index.html"), "<h1>Жаңаөзен</h1>"));
  // Its goal in Russian (goals.csv) and its Table 6 priorities.
  CHECK(contains(ru, "стимулировать дальнейшее развитие нефтегазового сектора"));
  CHECK(contains(ru, "Создание технопарков"));
  // Index I of 2023: 0,0510, second of 9 (Table 1).
  CHECK(contains(ru, "0,0510"));
  CHECK(contains(ru, "из 9 городов"));
  // Charts with a title, a description and a data table.
  CHECK(contains(ru, "<svg"));
  CHECK(contains(ru, "<desc"));
  // The typology check with its status and a link to its row on the reproducibility page.
  CHECK(contains(
      ru, "reproducibility/index.html#check-monotown-marketing-2024-fig5-cluster-zhanaozen"));
  // The papers that mention it.
  CHECK(contains(ru, "../../../ru/studies/monotown-marketing-2024/index.html"));
  // Similar towns of the same production cluster link to their profiles.
  CHECK(contains(page("en/towns/aksu/index.html"),
                 "href=\"../../../en/towns/temirtau/index.html\">Temirtau</a>"));
}

TEST_CASE("each investment profile's CSV gives back the data files' values", "[render][towns]") {
  auto priorities = parse_csv(read_source_file("data/p000/priorities.csv"));
  auto targets = parse_csv(read_source_file("data/p000/targets-2035.csv"));
  REQUIRE(priorities.front() ==
          std::vector<std::string>{"town", "position", "kind", "text_en", "text_ru", "text_kk"});
  std::set<std::string> towns;
  for (size_t r = 1; r < priorities.size(); ++r) towns.insert(priorities[r][0]);
  REQUIRE(towns.size() == 9);
  for (const auto& town : towns) {
    INFO(town);
    std::string dir = "en/towns/" + town + "/investment/";
    page(dir + "index.html");
    auto rows = parse_csv(page(dir + town + "-investment.csv"));
    REQUIRE(rows.front() == std::vector<std::string>{"section", "key", "lang", "value", "source"});
    std::map<std::string, std::string> got;  // section/key/lang -> value
    for (size_t r = 1; r < rows.size(); ++r) {
      REQUIRE(rows[r].size() == 5);
      got[rows[r][0] + "/" + rows[r][1] + "/" + rows[r][2]] = rows[r][3];
    }
    int count = 0;
    for (size_t r = 1; r < priorities.size(); ++r) {
      const auto& row = priorities[r];
      if (row[0] != town) continue;
      ++count;
      CHECK(got["priority-kind/" + row[1] + "/"] == row[2]);
      CHECK(got["priority/" + row[1] + "/en"] == row[3]);
      CHECK(got["priority/" + row[1] + "/ru"] == row[4]);
      CHECK(got["priority/" + row[1] + "/kk"] == row[5]);
    }
    CHECK(count > 0);
    for (size_t r = 1; r < targets.size(); ++r)
      if (targets[r][0] == town)
        CHECK(got["target/" + targets[r][1] + "/growth_factor/"] == targets[r][4]);
    // The same CSV beside every language's page.
    CHECK(page("kk/towns/" + town + "/investment/" + town + "-investment.csv") ==
          page(dir + town + "-investment.csv"));
    const std::string& json = page(dir + town + "-investment.json");
    CHECK(json.front() == '{');
    CHECK(contains(json, "\"id\": \"" + town + "\""));
  }
  // Balkhash's priority with a comma and Kurchatov's with "R&D" survive quoting and escaping.
  auto balkhash = page("en/towns/balkhash/investment/balkhash-investment.csv");
  CHECK(contains(balkhash, "\"Creation of cluster associations, technology parks;\""));
  CHECK(contains(page("en/towns/kurchatov/investment/index.html"), "R&amp;D"));
  CHECK(contains(page("en/towns/kurchatov/investment/kurchatov-investment.json"), "R&D"));
}

TEST_CASE("the investment profile's citation names its title", "[render][towns]") {
  const std::string& bib = page("en/towns/temirtau/investment/temirtau-investment.bib");
  CHECK(bib.rfind("@misc{qala-temirtau-investment,", 0) == 0);
  CHECK(contains(bib, "title = {Investment profile of Temirtau}"));
  CHECK(contains(bib, "year = {2024}"));  // the year of paper 000, whose Table 6 it draws on
  const std::string& ris = page("ru/towns/temirtau/investment/temirtau-investment.ris");
  CHECK(ris.rfind("TY  - GEN\r\n", 0) == 0);
  CHECK(contains(ris, "TI  - Инвестиционный профиль: Темиртау\r\n"));
  CHECK(contains(ris, "ER  - \r\n"));
  // Shown on the page too, and the investors index lists the nine profiles.
  CHECK(contains(page("en/towns/temirtau/investment/index.html"),
                 "title = {Investment profile of Temirtau}"));
  CHECK(contains(page("ru/investors/index.html"), "9 городов"));
  // Support instruments come from Table 6 kinds: Abai's special economic zones.
  CHECK(contains(page("en/towns/abai/investment/index.html"), "Special economic zones"));
}

TEST_CASE("weaknesses and improvements are those the text of paper 000 prints", "[render][towns]") {
  // Kurchatov: named among the towns with the six main disadvantages, and its own four.
  const std::string& kurchatov = page("en/towns/kurchatov/index.html");
  CHECK(contains(kurchatov, "negative migration balance"));
  CHECK(contains(kurchatov,
                 "low levels of investment in fixed assets (20 times lower compared to Aksu)"));
  CHECK(contains(kurchatov, "average nominal monthly wage"));
  // Aksu is not named with the disadvantages; it shares the improvements of the nine.
  const std::string& aksu = page("en/towns/aksu/index.html");
  CHECK_FALSE(contains(aksu, "negative migration balance"));
  CHECK(contains(aksu, "investments in fixed capital"));
  // Towns outside the nine have no such section.
  CHECK_FALSE(contains(page("en/towns/rudny/index.html"), "strengths-heading"));
}

TEST_CASE("the rank chart draws a better rank as a longer bar", "[render][towns]") {
  // Zhanaozen in Table 1 of paper 000: 8th of 26, 5th of 19, 2nd of 9; the bars count the towns
  // ranked lower (26 - 8, 19 - 5, 9 - 2), the labels keep the printed rank.
  const std::string& ru = page("ru/towns/zhanaozen/index.html");
  CHECK(contains(ru,
                 "<th scope=\"row\">27 городов, 2022: место 8 из 26 городов</th>"
                 "<td class=\"num\">18</td>"));
  CHECK(contains(ru,
                 "<th scope=\"row\">20 городов, 2022: место 5 из 19 городов</th>"
                 "<td class=\"num\">14</td>"));
  CHECK(contains(ru,
                 "<th scope=\"row\">9 городов, 2023: место 2 из 9 городов</th>"
                 "<td class=\"num\">7</td>"));
  CHECK(contains(ru, "<th scope=\"col\" class=\"num\">Городов ниже по месту</th>"));
}

TEST_CASE("a town profile lists its papers by year, then by title", "[render][towns]") {
  auto towns = parse_csv(read_source_file("data/towns/towns.csv"));
  size_t checked_pairs = 0;
  for (size_t r = 1; r < towns.size(); ++r) {
    const std::string& html = page("en/towns/" + towns[r][0] + "/index.html");
    size_t section = html.find("id=\"papers-heading\"");
    if (section == std::string::npos) continue;
    size_t end = html.find("</section>", section);
    // (year from the study's own YAML, lower-cased title) of each listed study, in page order.
    std::vector<std::pair<int, std::string>> listed;
    const std::string marker = "/en/studies/";
    for (size_t at = html.find(marker, section); at < end; at = html.find(marker, at + 1)) {
      std::string id =
          html.substr(at + marker.size(), html.find('/', at + marker.size()) - at - marker.size());
      std::string yaml = read_source_file("analyses/" + id + ".yaml");
      size_t year_at = yaml.find("  year: ");
      REQUIRE(year_at != std::string::npos);
      size_t title_at = html.find("</a>: ", at) + 6;
      std::string title = html.substr(title_at, html.find("</li>", title_at) - title_at);
      for (auto& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      listed.emplace_back(std::stoi(yaml.substr(year_at + 8, 4)), title);
    }
    INFO(towns[r][0]);
    for (size_t i = 1; i < listed.size(); ++i, ++checked_pairs) CHECK(listed[i - 1] <= listed[i]);
  }
  CHECK(checked_pairs > 0);
}
