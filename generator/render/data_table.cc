#include "render/data_table.h"

#include <charconv>
#include <cmath>

#include "render/citation.h"
#include "render/number_format.h"

namespace qala {
namespace {

std::string source_paper(const std::string& paper_id, const Project& project,
                         const Strings& strings) {
  const Study* study = project.find_study(paper_id);
  return study ? short_citation(study->paper, strings) : paper_id;
}

/// The unit in the page's language ("unit.<unit>" in the UI strings), or as written.
std::string unit_text(const std::string& unit, const Strings& strings) {
  return strings.get_or("unit." + unit, unit);
}

/// Years and other calendar numbers are written without digit grouping ("2019", not "2,019").
bool is_calendar(const ColumnMeta* meta, const Column& column) {
  if (column.name == "year") return true;
  return meta != nullptr && meta->unit == "year";
}

/// A number as tables.js sorts it: plain ASCII, shortest round-trip digits, "" when missing.
std::string sort_value(double value) {
  if (std::isnan(value)) return "";
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : "";
}

/// Tables this long get a filter box (shown only when JavaScript runs).
constexpr size_t kFilterFromRows = 10;

}  // namespace

std::string meta_file(const Dataset& dataset) {
  const std::string suffix = ".csv";
  std::string base = dataset.file;
  if (base.size() > suffix.size() &&
      base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0)
    base.resize(base.size() - suffix.size());
  return base + ".meta.yaml";
}

view::Map table_filter(const std::string& id, const std::string& label,
                       const std::string& extra_class) {
  return view::Map{
      {"id", id}, {"label", label}, {"extra_class", extra_class.empty() ? "" : extra_class + " "}};
}

view::Map dataset_view(const Dataset& dataset, const Project& project, const Strings& strings) {
  const std::string& lang = strings.lang();
  const SourceLocation meta{meta_file(dataset), 0, 0};
  const Table& table = dataset.table;

  view::Array columns;
  std::vector<const ColumnMeta*> metas;
  for (const auto& column : table.columns) {
    const ColumnMeta* found = nullptr;
    for (const auto& m : dataset.columns)
      if (m.name == column.name) found = &m;
    metas.push_back(found);
    std::string label =
        found ? localized(found->label, lang, meta, "a label of column '" + column.name + "'")
              : column.name;
    std::string unit =
        (found && !is_calendar(found, column)) ? unit_text(found->unit, strings) : "";
    columns.push_back(view::Map{{"label", label},
                                {"unit", unit},
                                {"has_unit", !unit.empty()},
                                {"numeric", column.numeric}});
  }

  view::Array rows;
  rows.reserve(table.row_count());
  for (size_t r = 0; r < table.row_count(); ++r) {
    view::Array cells;
    cells.reserve(table.columns.size());
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const Column& column = table.columns[c];
      std::string text;
      std::string sort;
      if (!column.numeric) {
        text = r < column.texts.size() ? column.texts[r] : "";
      } else if (r < column.numbers.size()) {
        text = format_shortest(column.numbers[r], lang, !is_calendar(metas[c], column));
        sort = sort_value(column.numbers[r]);
      }
      view::Map cell;
      cell.reserve(3);
      cell.emplace("numeric", column.numeric);
      cell.emplace("sort_value", std::move(sort));
      cell.emplace("text", std::move(text));
      cells.push_back(std::move(cell));
    }
    view::Map row;
    row.emplace("cells", std::move(cells));
    rows.push_back(std::move(row));
  }

  // Arrays are moved in after: an initializer list would copy every row.
  view::Map view{
      {"id", dataset.id},
      {"anchor", "data-" + dataset.id},
      {"title", localized(dataset.title, lang, meta, "a title under 'title:'")},
      {"source_paper", source_paper(dataset.source.paper, project, strings)},
      {"source_table", localize_source_name(dataset.source.table, strings)},
      {"source_page", dataset.source.page},
      {"has_page", !dataset.source.page.empty()},
      {"notes", dataset.notes},
      {"has_notes", !dataset.notes.empty()},
      {"filterable", table.row_count() >= kFilterFromRows},
  };
  if (table.row_count() >= kFilterFromRows)
    view.emplace("filter", table_filter("data-" + dataset.id, strings.get("table_filter.label")));
  view.emplace("columns", std::move(columns));
  view.emplace("rows", std::move(rows));
  return view;
}

}  // namespace qala
