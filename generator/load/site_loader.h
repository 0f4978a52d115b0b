#pragma once
#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Loads `site/site.yaml`, the i18n string tables, the Markdown pages, the templates and the
/// static assets into `project`. Every string key and every page must exist in every language;
/// with `allow_missing_translations`, only in the default language (the renderer falls back).
/// Files are read on up to `jobs` threads.
void load_site(const FileSource& files, Project& project, bool allow_missing_translations = false,
               int jobs = 1);

}  // namespace qala
