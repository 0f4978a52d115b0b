#pragma once
#include "core/model.h"
#include "load/file_source.h"

namespace qala {

struct LoadOptions {
  /// `qala build --allow-fallback`: a UI string or page text that a language other than the
  /// default (first in site.yaml) lacks is left to the renderer, which falls back and warns.
  bool allow_missing_translations = false;
  /// Studies are read on up to this many threads; the first problem in file order is reported,
  /// as a serial load would.
  int jobs = 1;
};

/// Loads the whole project: site configuration, strings, pages, templates, and every study in
/// `analyses/` (sorted by file name) with its datasets and golden values. Throws InputError at
/// the first problem.
Project load_project(const FileSource& files, const LoadOptions& options = {});

}  // namespace qala
