#pragma once
#include <string>

namespace qala {

/// A fingerprint of the project's inputs as the file system lists them: the path, size and
/// modification time of every file below analyses/, data/, golden/, site/ and templates/.
/// Cheap (no file is read); `qala serve` polls it to notice an edit, a new or a removed file.
std::string input_signature(const std::string& root);

}  // namespace qala
