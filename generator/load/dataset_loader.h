#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Loads `data/.../<name>.csv` and its `<name>.meta.yaml`, named by `path_value` in a study.
Dataset load_dataset(const FileSource& files, const std::string& id, const Value& path_value,
                     const std::vector<std::string>& languages);

}  // namespace qala
