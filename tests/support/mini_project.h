#pragma once
#include <string>

#include "load/file_source.h"

namespace qala::testing {

/// A small valid project in memory: site configuration and strings in en/ru/kk, one study
/// ("mini") with one dataset ("series": t, y) and one golden file. Tests overwrite single files
/// to make it invalid in one specific way.
MemoryFileSource mini_project();

/// The text of the mini study file, for tests that edit one line of it.
std::string mini_study_yaml();

/// Runs load -> plan -> run -> check on `files` and returns the InputError's message with its
/// location ("file:line:col: message"), or "" when everything loaded.
std::string first_error(const MemoryFileSource& files);

}  // namespace qala::testing
