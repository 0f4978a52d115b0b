#include "core/table.h"

namespace qala {

const Column* Table::find(const std::string& name) const {
  for (const auto& column : columns)
    if (column.name == name) return &column;
  return nullptr;
}

std::vector<std::string> Table::column_names() const {
  std::vector<std::string> out;
  for (const auto& column : columns) out.push_back(column.name);
  return out;
}

}  // namespace qala
