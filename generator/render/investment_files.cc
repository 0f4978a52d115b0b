#include "render/investment_files.h"

#include <nlohmann/json.hpp>

#include "render/html.h"
#include "render/number_format.h"

namespace qala {
namespace {

std::string number_text(double value) { return format_shortest(value, "en", /*group=*/false); }

/// Rows of the CSV: section, key, lang, value, source.
class CsvRows {
 public:
  void add(const std::string& section, const std::string& key, const std::string& lang,
           const std::string& value, const std::string& source) {
    text_ += csv_cell(section) + "," + csv_cell(key) + "," + csv_cell(lang) + "," +
             csv_cell(value) + "," + csv_cell(source) + "\n";
  }
  void add_localized(const std::string& section, const std::string& key, const Localized& text,
                     const std::string& source) {
    for (const auto& [lang, value] : text) add(section, key, lang, value, source);
  }
  const std::string& text() const { return text_; }

 private:
  std::string text_ = "section,key,lang,value,source\n";
};

std::string file_of(const Dataset* dataset) { return dataset == nullptr ? "" : dataset->file; }

/// Escapes BibTeX's special characters in a field value.
std::string bibtex_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '{':
      case '}':
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
        out += '\\';
        out += c;
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

/// An RIS value is one line: line breaks become spaces.
std::string ris_value(const std::string& text) {
  std::string out = text;
  for (auto& c : out)
    if (c == '\n' || c == '\r') c = ' ';
  return out;
}

}  // namespace

std::string csv_cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string investment_csv(const Town& town, const TownRegistry& registry) {
  const TownSources& s = registry.sources;
  CsvRows rows;
  rows.add("town", "id", "", town.id, file_of(s.towns));
  rows.add_localized("town", "name", town.name, file_of(s.towns));
  rows.add("town", "region", "", town.region, file_of(s.towns));
  rows.add("town", "industry", "", town.industry, file_of(s.towns));
  rows.add_localized("goal", "goal", town.goal, file_of(s.goals));
  for (const auto& target : town.targets) {
    rows.add("target", target.indicator + "/base_year", "", std::to_string(target.base_year),
             file_of(s.targets));
    rows.add("target", target.indicator + "/target_year", "", std::to_string(target.target_year),
             file_of(s.targets));
    rows.add("target", target.indicator + "/growth_factor", "", number_text(target.growth_factor),
             file_of(s.targets));
  }
  for (const auto& priority : town.priorities) {
    std::string key = std::to_string(priority.position);
    rows.add("priority-kind", key, "", priority.kind, file_of(s.priorities));
    rows.add_localized("priority", key, priority.text, file_of(s.priorities));
  }
  for (size_t i = 0; i < town.enterprises.size(); ++i) {
    const auto& row = town.enterprises[i];
    std::string key = std::to_string(i + 1);
    rows.add("enterprise", key, "", row.name, file_of(s.enterprises));
    rows.add("enterprise-sector", key, "", row.sector, file_of(s.enterprises));
    rows.add("enterprise-role", key, "", row.role, file_of(s.enterprises));
  }
  for (const auto& index : town.indices) {
    rows.add("index-i", index.town_set, "", number_text(index.value), file_of(s.index_i));
    rows.add("rank", index.town_set, "", std::to_string(index.rank), file_of(s.index_i));
  }
  for (const auto& row : town.populations)
    rows.add("population", std::to_string(row.year) + "/" + row.source, "",
             number_text(row.population), file_of(s.populations));
  return rows.text();
}

std::string investment_json(const Town& town, const TownRegistry& registry) {
  const TownSources& s = registry.sources;
  using nlohmann::ordered_json;
  ordered_json out;
  out["id"] = town.id;
  out["slug"] = town.slug;
  out["name"] = town.name;
  out["region"] = town.region;
  out["industry"] = town.industry;
  out["goal"] = town.goal;
  ordered_json targets = ordered_json::array();
  for (const auto& t : town.targets)
    targets.push_back({{"indicator", t.indicator},
                       {"base_year", t.base_year},
                       {"target_year", t.target_year},
                       {"growth_factor", t.growth_factor}});
  out["targets"] = targets;
  ordered_json priorities = ordered_json::array();
  for (const auto& p : town.priorities)
    priorities.push_back({{"position", p.position}, {"kind", p.kind}, {"text", p.text}});
  out["priorities"] = priorities;
  ordered_json enterprises = ordered_json::array();
  for (const auto& e : town.enterprises)
    enterprises.push_back(
        {{"name", e.name}, {"sector", e.sector}, {"role", e.role}, {"source", e.source}});
  out["enterprises"] = enterprises;
  ordered_json indices = ordered_json::array();
  for (const auto& i : town.indices)
    indices.push_back({{"list", i.town_set},
                       {"year", i.year},
                       {"index_i", i.value},
                       {"printed", i.printed},
                       {"rank", i.rank}});
  out["index_i"] = indices;
  ordered_json populations = ordered_json::array();
  for (const auto& p : town.populations)
    populations.push_back({{"year", p.year},
                           {"population", p.population},
                           {"status", p.status},
                           {"source", p.source}});
  out["populations"] = populations;
  ordered_json sources = ordered_json::array();
  for (const Dataset* d :
       {s.towns, s.goals, s.targets, s.priorities, s.enterprises, s.index_i, s.populations})
    if (d != nullptr) sources.push_back(d->file);
  out["sources"] = sources;
  return script_safe_json(out.dump(2)) + "\n";
}

std::string investment_bibtex(const ProfileCitation& c) {
  return "@misc{" + c.key + ",\n  title = {" + bibtex_escape(c.title) + "},\n  author = {{" +
         bibtex_escape(c.author) + "}},\n  year = {" + std::to_string(c.year) +
         "},\n  howpublished = {\\url{" + c.url + "}},\n  note = {" + bibtex_escape(c.note) +
         "},\n  language = {" + c.lang + "}\n}\n";
}

std::string investment_ris(const ProfileCitation& c) {
  return "TY  - GEN\r\nTI  - " + ris_value(c.title) + "\r\nAU  - " + ris_value(c.author) +
         "\r\nPY  - " + std::to_string(c.year) + "\r\nUR  - " + ris_value(c.url) + "\r\nN1  - " +
         ris_value(c.note) + "\r\nLA  - " + c.lang + "\r\nID  - " + c.key + "\r\nER  - \r\n";
}

}  // namespace qala
