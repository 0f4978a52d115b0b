#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/source_location.h"

namespace qala {

/// One column of a dataset: numbers (NaN where a cell is empty) or texts, never both.
struct Column {
  std::string name;
  bool numeric = true;
  std::vector<double> numbers;
  std::vector<std::string> texts;
  /// Where the column's header cell is, for errors about the column.
  SourceLocation where;
};

/// A dataset's table as read from CSV: columns of equal length, and where each row came from.
struct Table {
  std::vector<Column> columns;
  std::vector<SourceLocation> rows;

  size_t row_count() const { return rows.size(); }
  const Column* find(const std::string& name) const;
  std::vector<std::string> column_names() const;
};

}  // namespace qala
