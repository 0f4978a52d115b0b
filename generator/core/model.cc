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

void Project::build_index() {
  dataset_files.clear();
  study_ids.clear();
  for (size_t s = 0; s < studies.size(); ++s) study_ids.emplace(studies[s].id, s);
  for (size_t s = 0; s < studies.size(); ++s)
    for (size_t d = 0; d < studies[s].datasets.size(); ++d)
      dataset_files.emplace(studies[s].datasets[d].file, std::make_pair(s, d));
}

const Study* Project::find_study(const std::string& id) const {
  if (!study_ids.empty()) {
    auto it = study_ids.find(id);
    return it == study_ids.end() || it->second >= studies.size() ? nullptr : &studies[it->second];
  }
  for (const auto& study : studies)
    if (study.id == id) return &study;
  return nullptr;
}

const Study* Project::study_of_dataset(const std::string& file) const {
  if (!dataset_files.empty()) {
    auto it = dataset_files.find(file);
    if (it == dataset_files.end() || it->second.first >= studies.size()) return nullptr;
    return &studies[it->second.first];
  }
  for (const auto& study : studies)
    for (const auto& dataset : study.datasets)
      if (dataset.file == file) return &study;
  return nullptr;
}

const Dataset* Project::find_dataset(const std::string& file) const {
  const Study* study = study_of_dataset(file);
  if (study == nullptr) return nullptr;
  for (const auto& dataset : study->datasets)
    if (dataset.file == file) return &dataset;
  return nullptr;
}

}  // namespace qala
