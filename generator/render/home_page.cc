#include "render/home_page.h"

#include <cmath>
#include <vector>

#include "render/home_data.h"
#include "render/locator_map.h"
#include "render/number_format.h"

namespace qala {
namespace {

/// A section of the site the home page points to: its page below the language folder and the
/// UI strings of its name and one-line description.
struct Section {
  const char* path;
  const char* label_key;
  const char* desc_key;
};

constexpr Section kSections[] = {
    {"towns/index.html", "home.entry.towns", "home.entry.towns_desc"},
    {"investors/index.html", "home.entry.investors", "home.entry.investors_desc"},
    {"strategies/index.html", "home.entry.strategies", "home.entry.strategies_desc"},
    {"reproducibility/index.html", "home.entry.reproducibility", "home.entry.reproducibility_desc"},
    {"report/index.html", "home.entry.report", "home.entry.report_desc"},
    {"methods/index.html", "home.entry.methods", "home.entry.methods_desc"},
};

/// Towns flagged 1 in `column` of the town registry; -1 when the registry lacks it.
int count_flagged(const Dataset* towns, const std::string& column) {
  if (!towns || !towns->table.find(column)) return -1;
  int n = 0;
  for (size_t row = 0; row < towns->table.row_count(); ++row)
    if (cell_number(towns->table, column, row) == 1) ++n;
  return n;
}

view::Array figures(const Project& project, const CheckReport& report, const Strings& t) {
  const Dataset* towns = find_dataset_file(project, "data/towns/towns.csv");
  std::vector<std::pair<long, std::string>> values{
      {count_flagged(towns, "in_list_2019_27"), "home.figure.list_2019"},
      {count_flagged(towns, "in_order_2023_20"), "home.figure.order_2023"},
      {count_flagged(towns, "has_2023_data"), "home.figure.data_2023"},
      {static_cast<long>(project.studies.size()), "home.figure.studies"},
      {static_cast<long>(report.summary.total()), "home.figure.checks"},
      {static_cast<long>(report.summary.reproduced), "home.figure.reproduced"},
  };
  view::Array out;
  for (const auto& [value, key] : values) {
    // A figure is shown when its data exists and the site names it in its UI strings.
    std::string label = t.get_or(key, "");
    if (value < 0 || label.empty()) continue;
    out.push_back(view::Map{{"value", format_fixed(static_cast<double>(value), 0, t.lang())},
                            {"label", label}});
  }
  return out;
}

std::vector<MapTown> map_towns(const Project& project, const std::string& lang,
                               const std::string& root, const std::set<std::string>& page_paths) {
  std::vector<MapTown> towns;
  const Dataset* coordinates = find_dataset_file(project, "data/towns/coordinates.csv");
  if (!coordinates) return towns;
  auto names = town_names(project, lang);
  const Table& table = coordinates->table;
  for (size_t row = 0; row < table.row_count(); ++row) {
    double lat = cell_number(table, "latitude", row), lon = cell_number(table, "longitude", row);
    if (!std::isfinite(lat) || !std::isfinite(lon)) continue;
    MapTown town;
    town.id = cell_text(table, "town", row);
    auto name = names.find(town.id);
    town.name = name == names.end() ? town.id : name->second;
    town.where = GeoPoint{lon, lat};
    std::string page = "towns/" + town.id + "/index.html";
    if (page_paths.count(lang + "/" + page)) town.href = root + lang + "/" + page;
    towns.push_back(town);
  }
  return towns;
}

}  // namespace

view::Map home_extras(const Project& project, const CheckReport& report, const Strings& t,
                      const std::string& root, const std::set<std::string>& page_paths) {
  const std::string& lang = t.lang();
  view::Array entries;
  for (const auto& section : kSections) {
    std::string label = t.get_or(section.label_key, "");
    if (!page_paths.count(lang + "/" + section.path) || label.empty()) continue;
    entries.push_back(view::Map{{"href", root + lang + "/" + section.path},
                                {"label", label},
                                {"desc", t.get_or(section.desc_key, "")}});
  }
  view::Array figure_list = figures(project, report, t);
  std::vector<MapTown> towns = map_towns(project, lang, root, page_paths);
  const MapOutline* outline = project.site.map_outline ? &*project.site.map_outline : nullptr;
  return view::Map{
      {"figures", figure_list},
      {"has_figures", !figure_list.empty()},
      {"entries", entries},
      {"has_entries", !entries.empty()},
      {"map_html", towns.empty() ? std::string() : locator_map_html(towns, outline, t)},
      {"has_map", !towns.empty()},
  };
}

}  // namespace qala
