#pragma once
#include <string>
#include <vector>

#include "core/model.h"
#include "core/value.h"
#include "load/file_source.h"

namespace qala {

/// Throws InputError at the first byte that is not UTF-8 text: an invalid UTF-8 sequence or a
/// control character other than tab and line ends (a NUL byte, for instance).
void require_utf8_text(const std::string& bytes, const std::string& file);
/// Reads a file named at `where`; throws InputError there when it is missing or leaves the project.
std::string read_named_file(const FileSource& files, const Value& path_value);
/// Reads a file the loader found by listing a folder; throws InputError when it cannot be read
/// (for instance a symbolic link leading out of the project).
std::string read_listed_file(const FileSource& files, const std::string& path);
/// Reads and parses a YAML file the project must have.
Value read_yaml_file(const FileSource& files, const std::string& path);
/// A `{en: ..., ru: ..., kk: ...}` map with every language present and no other key.
Localized read_localized(const Value& v, const std::vector<std::string>& languages);
/// An id for files and URLs: lower-case ASCII letters, digits and '-'.
void require_slug(const Value& v, const char* what);
/// `{paper, table, row, column, page}`, each optional.
SourceRef read_source(const Value& v);
/// The map `v`, with a clear error naming `what` it should be.
const Value& require_map(const Value& v, const char* what);

}  // namespace qala
