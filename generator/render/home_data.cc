#include "render/home_data.h"

#include <cmath>
#include <limits>

#include "render/number_format.h"

namespace qala {

const Dataset* find_dataset_file(const Project& project, const std::string& file) {
  return project.find_dataset(file);
}

std::string cell_text(const Table& table, const std::string& column, size_t row) {
  const Column* c = table.find(column);
  if (!c || row >= table.row_count()) return "";
  if (!c->numeric) return c->texts[row];
  double v = c->numbers[row];
  return std::isnan(v) ? "" : format_shortest(v, "en", /*group=*/false);
}

double cell_number(const Table& table, const std::string& column, size_t row) {
  const Column* c = table.find(column);
  if (!c || !c->numeric || row >= table.row_count())
    return std::numeric_limits<double>::quiet_NaN();
  return c->numbers[row];
}

std::map<std::string, std::string> town_names(const Project& project, const std::string& lang) {
  std::map<std::string, std::string> names;
  const Dataset* towns = find_dataset_file(project, "data/towns/towns.csv");
  if (!towns) return names;
  for (size_t row = 0; row < towns->table.row_count(); ++row) {
    std::string id = cell_text(towns->table, "id", row);
    std::string name = localized_cell(towns->table, "name", row, lang);
    names[id] = name.empty() ? id : name;
  }
  return names;
}

std::string localized_cell(const Table& table, const std::string& prefix, size_t row,
                           const std::string& lang, bool* is_fallback) {
  std::string text = cell_text(table, prefix + "_" + lang, row);
  bool fallback = text.empty() && lang != "en";
  if (fallback) text = cell_text(table, prefix + "_en", row);
  if (is_fallback) *is_fallback = fallback && !text.empty();
  return text;
}

}  // namespace qala
