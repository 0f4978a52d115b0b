#pragma once
#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Loads the whole project: site configuration, strings, pages, templates, and every study in
/// `analyses/` (sorted by file name) with its datasets and golden values. Throws InputError at
/// the first problem.
Project load_project(const FileSource& files);

}  // namespace qala
