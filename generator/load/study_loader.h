#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Loads `analyses/<id>.yaml` with its datasets, golden values and page texts.
Study load_study(const FileSource& files, const std::string& path,
                 const std::vector<std::string>& languages);

}  // namespace qala
