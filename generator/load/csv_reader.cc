#include "load/csv_reader.h"

#include <charconv>
#include <cmath>
#include <limits>

#include "core/error.h"
#include "core/suggest.h"
#include "load/load_util.h"

namespace qala {

std::vector<std::vector<CsvCell>> read_csv_rows(const std::string& bytes, const std::string& file) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0)
    throw InputError({file, 1, 1}, "byte-order mark at the start; expected UTF-8 without a BOM");
  require_utf8_text(bytes, file);
  if (bytes.find_first_not_of(" \n") == std::string::npos)
    throw InputError({file, 1, 1}, "empty file; expected a header line and data rows");

  std::vector<std::vector<CsvCell>> rows;
  std::vector<CsvCell> row;
  CsvCell cell;
  int line = 1, column = 1;
  bool in_quotes = false, cell_started = false;
  auto start_cell = [&] {
    cell = CsvCell{"", {file, line, column}};
    cell_started = true;
  };
  auto end_cell = [&] {
    if (!cell_started) start_cell();
    row.push_back(std::move(cell));
    cell_started = false;
  };
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (!cell_started) start_cell();
    if (in_quotes) {
      if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
        cell.text += '"';
        ++i;
        column += 2;
        continue;
      }
      if (c == '"') {
        in_quotes = false;
      } else {
        cell.text += c;
        if (c == '\n') {
          ++line;
          column = 0;
        }
      }
      ++column;
      continue;
    }
    if (c == '\r') {
      throw InputError({file, line, column},
                       "carriage return (CR LF line end); expected LF line ends");
    } else if (c == '"' && cell.text.empty()) {
      in_quotes = true;
    } else if (c == ',') {
      end_cell();
    } else if (c == '\n') {
      end_cell();
      rows.push_back(std::move(row));
      row.clear();
      ++line;
      column = 0;
    } else {
      cell.text += c;
    }
    ++column;
  }
  if (in_quotes)
    throw InputError(cell.where, "quoted cell is never closed; expected a closing '\"'");
  if (cell_started || !row.empty()) {
    end_cell();
    rows.push_back(std::move(row));
  }
  const size_t width = rows.front().size();
  for (const auto& r : rows) {
    if (r.size() != width) {
      SourceLocation at = r.size() > width ? r[width].where : r.back().where;
      throw InputError({file, at.line, r.size() > width ? at.column : 1},
                       "row has " + std::to_string(r.size()) + " cells" + "; expected " +
                           std::to_string(width) + " like the header");
    }
  }
  return rows;
}

namespace {

double parse_cell_number(const CsvCell& cell, ColumnType type, const std::string& column) {
  if (cell.text.empty()) return std::numeric_limits<double>::quiet_NaN();
  const std::string& t = cell.text;
  double value = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  bool whole = ec == std::errc() && end == t.data() + t.size() && std::isfinite(value);
  if (whole && type == ColumnType::kInteger && value != std::floor(value)) whole = false;
  if (!whole) {
    std::string expected = type == ColumnType::kInteger ? "a whole number" : "a number";
    std::string hint;
    if (t.find(',') != std::string::npos)
      hint = " (decimal comma? write numbers with a decimal point, e.g. 14897.7)";
    else if (t.find(' ') != std::string::npos)
      hint = " (digit grouping? write numbers without spaces, e.g. 1088901.2)";
    throw InputError(cell.where, "expected " + expected + " in column '" + column + "', found '" +
                                     t + "'" + hint);
  }
  return value;
}

}  // namespace

Table build_table(const std::vector<std::vector<CsvCell>>& rows,
                  const std::vector<std::pair<std::string, ColumnType>>& columns,
                  const std::string& file) {
  const auto& header = rows.front();
  std::vector<std::string> declared;
  for (const auto& [name, type] : columns) declared.push_back(name);
  if (header.size() != columns.size())
    throw InputError(
        header.size() > columns.size() ? header[columns.size()].where : SourceLocation{file, 1, 1},
        "header has " + std::to_string(header.size()) + " columns; the metadata declares " +
            std::to_string(columns.size()));
  Table table;
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c].text != columns[c].first)
      throw InputError(header[c].where, "column '" + header[c].text +
                                            "' where the metadata declares '" + columns[c].first +
                                            "'; expected the metadata's columns in the same order");
    Column column;
    column.name = columns[c].first;
    column.numeric = columns[c].second != ColumnType::kText;
    column.where = header[c].where;
    table.columns.push_back(std::move(column));
  }
  for (size_t r = 1; r < rows.size(); ++r) {
    table.rows.push_back({file, rows[r].front().where.line, 1});
    for (size_t c = 0; c < header.size(); ++c) {
      Column& column = table.columns[c];
      if (column.numeric)
        column.numbers.push_back(parse_cell_number(rows[r][c], columns[c].second, column.name));
      else
        column.texts.push_back(rows[r][c].text);
    }
  }
  return table;
}

}  // namespace qala
