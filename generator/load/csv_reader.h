#pragma once
#include <string>
#include <vector>

#include "core/source_location.h"
#include "core/table.h"

namespace qala {

/// One cell as written in the file, with where it starts.
struct CsvCell {
  std::string text;
  SourceLocation where;
};

/// Splits CSV text (comma separator, '"' quoting with doubled quotes inside, LF line ends) into
/// rows of cells. Throws InputError for a byte-order mark, a CR LF line end, an empty file, an
/// unterminated quote, or a row whose cell count differs from the header's.
std::vector<std::vector<CsvCell>> read_csv_rows(const std::string& bytes, const std::string& file);

/// Column types a dataset's metadata may declare.
enum class ColumnType { kInteger, kNumber, kText };

/// Builds a Table from CSV rows (the first row is the header) with the declared column names and
/// types. Numbers are written with a decimal point and no grouping; an empty cell is missing (NaN).
Table build_table(const std::vector<std::vector<CsvCell>>& rows,
                  const std::vector<std::pair<std::string, ColumnType>>& columns,
                  const std::string& file);

}  // namespace qala
