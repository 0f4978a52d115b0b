#include "core/model.h"

namespace qala {

const char* to_string(CheckStatus status) {
  switch (status) {
    case CheckStatus::kReproduced:
      return "reproduced";
    case CheckStatus::kDiffers:
      return "differs";
    case CheckStatus::kUnavailable:
      return "unavailable";
  }
  return "?";
}

const Dataset* Study::find_dataset(const std::string& dataset_id) const {
  for (const auto& d : datasets)
    if (d.id == dataset_id) return &d;
  return nullptr;
}

const Analysis* Study::find_analysis(const std::string& analysis_id) const {
  for (const auto& a : analyses)
    if (a.id == analysis_id) return &a;
  return nullptr;
}

bool Analysis::keeps_row(const Table& table, size_t r) const {
  if (!rows.is_map()) return true;
  for (const auto& [name, range] : rows.entries()) {
    const Column* column = table.find(name);
    if (column == nullptr || !column->numeric || r >= column->numbers.size()) continue;
    double v = column->numbers[r];
    const Value* from = range.is_map() ? range.find("from") : nullptr;
    const Value* to = range.is_map() ? range.find("to") : nullptr;
    if ((from && !(v >= from->number())) || (to && !(v <= to->number()))) return false;
  }
  return true;
}

}  // namespace qala
