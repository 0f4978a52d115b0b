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

}  // namespace qala
