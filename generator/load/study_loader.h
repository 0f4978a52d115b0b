#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "load/file_source.h"

namespace qala {

/// Loads `analyses/<id>.yaml` with its datasets, golden values and page texts (with
/// `allow_missing_texts`, only the first language's text is required). With `site_pages` (the
/// Project::pages that load_site read), the texts are taken from there instead of read again.
Study load_study(const FileSource& files, const std::string& path,
                 const std::vector<std::string>& languages, bool allow_missing_texts = false,
                 const std::map<std::string, Localized>* site_pages = nullptr);

}  // namespace qala
