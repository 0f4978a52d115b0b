#pragma once
#include <map>
#include <string>

#include "core/model.h"

namespace qala {

/// The dataset read from `file` (e.g. "data/towns/towns.csv") by any study, or nullptr when no
/// study reads it. Pages that gather data across studies (home, strategies, the programme
/// report) find their tables this way, so a project without that file simply lacks the part.
const Dataset* find_dataset_file(const Project& project, const std::string& file);

/// The text of cell (`column`, `row`), "" when the column is missing or the cell is empty. Numeric
/// columns are written without trailing zeros ("1", "1.6").
std::string cell_text(const Table& table, const std::string& column, size_t row);

/// The number in cell (`column`, `row`); NaN when the column is missing, textual or empty.
double cell_number(const Table& table, const std::string& column, size_t row);

/// Town id -> the town's name in `lang` (column `name_<lang>` of data/towns/towns.csv, the id
/// itself when the registry or the name is missing).
std::map<std::string, std::string> town_names(const Project& project, const std::string& lang);

/// `text` in `lang` from columns `<prefix>_<lang>`, falling back to `<prefix>_en` (the language
/// the papers print in). `*is_fallback` says which was used, so the page can mark it lang="en".
std::string localized_cell(const Table& table, const std::string& prefix, size_t row,
                           const std::string& lang, bool* is_fallback = nullptr);

}  // namespace qala
