#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Loads `golden/<study>.yaml`, named by `path_value` in the study `study_id`, and its `tables:`
/// block into `tables` when given (validated against the checks: every table they name is
/// declared). With `bytes_read`, also gives the file's bytes.
std::vector<GoldenEntry> load_golden(const FileSource& files, const Value& path_value,
                                     const std::string& study_id,
                                     std::vector<PrintedTable>* tables = nullptr,
                                     std::string* bytes_read = nullptr);

}  // namespace qala
