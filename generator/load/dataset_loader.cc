#include "load/dataset_loader.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "core/error.h"
#include "core/hash.h"
#include "core/suggest.h"
#include "load/csv_reader.h"
#include "load/load_util.h"
#include "load/parse_memo.h"

namespace qala {
namespace {

ColumnType read_column_type(const Value& v) {
  const std::string& t = v.text();
  if (t == "integer") return ColumnType::kInteger;
  if (t == "number") return ColumnType::kNumber;
  if (t == "text") return ColumnType::kText;
  throw InputError(v.where(), "unknown column type '" + t + "'; expected integer, number or text");
}

/// A `key:` column must name each row once (e.g. one row per town).
void require_unique_key(const Table& table, const Value& key, const std::string& file) {
  const Column* column = table.find(key.text());
  if (!column) {
    std::vector<std::string> names;
    for (const auto& c : table.columns) names.push_back(c.name);
    throw InputError(key.where(), "key column '" + key.text() + "' is not among the columns" +
                                      did_you_mean(key.text(), names));
  }
  std::set<std::string> seen;
  for (size_t r = 0; r < table.row_count(); ++r) {
    std::string k = column->numeric ? fmt::format("{}", column->numbers[r]) : column->texts[r];
    if (!seen.insert(k).second)
      throw InputError(
          {file, table.rows[r].line, 1},
          "duplicate '" + k + "' in key column '" + key.text() + "'; expected each value once");
  }
}

/// `references: {<column>: <dir>/<file>.<id column>}`: every non-empty cell of `<column>` must be
/// a value of `<id column>` in `data/<dir>/<file>.csv` (e.g. `{town: towns/towns.id}`). Returns the
/// bytes of the files referred to, for the content hash.
std::string check_references(const FileSource& files, const Value& references,
                             const std::vector<std::vector<CsvCell>>& rows) {
  require_map(references,
              "references: {column: <dir>/<file>.<id column>}, e.g. {town: towns/towns.id}");
  std::string read_bytes;
  for (const auto& entry : references.entries()) {
    // Named, not a structured binding: clang 14 (the fuzz build) cannot capture those in lambdas.
    const std::string& column = entry.first;
    const Value& target = entry.second;
    const std::string& spec = target.text();
    size_t dot = spec.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == spec.size())
      throw InputError(target.where(),
                       "expected <dir>/<file>.<id column> under data/, e.g. "
                       "towns/towns.id, found '" +
                           spec + "'");
    std::string file = "data/" + spec.substr(0, dot) + ".csv";
    std::string id_column = spec.substr(dot + 1);
    auto bytes = files.read(file);
    if (!bytes)
      throw InputError(target.where(), "the file referred to, '" + file + "', does not exist");
    read_bytes += *bytes + '\0';
    auto target_rows = read_csv_rows(*bytes, files.display(file));
    std::vector<std::string> ids;
    const auto& header = target_rows.front();
    auto id_at = std::find_if(header.begin(), header.end(),
                              [&](const CsvCell& c) { return c.text == id_column; });
    if (id_at == header.end())
      throw InputError(target.where(), "'" + file + "' has no column '" + id_column + "'");
    auto id_index = static_cast<size_t>(id_at - header.begin());
    for (size_t r = 1; r < target_rows.size(); ++r) ids.push_back(target_rows[r][id_index].text);
    std::set<std::string> known(ids.begin(), ids.end());
    const auto& own = rows.front();
    auto at =
        std::find_if(own.begin(), own.end(), [&](const CsvCell& c) { return c.text == column; });
    if (at == own.end())
      throw InputError(references.key_where(column),
                       "references column '" + column + "', which the file does not have");
    auto index = static_cast<size_t>(at - own.begin());
    for (size_t r = 1; r < rows.size(); ++r) {
      const CsvCell& cell = rows[r][index];
      if (cell.text.empty() || known.count(cell.text)) continue;
      throw InputError(cell.where, "unknown " + column + " '" + cell.text +
                                       "'; expected a value of column '" + id_column + "' in " +
                                       file + did_you_mean(cell.text, ids));
    }
  }
  return read_bytes;
}

}  // namespace

Dataset load_dataset(const FileSource& files, const std::string& id, const Value& path_value,
                     const std::vector<std::string>& languages) {
  const std::string& path = path_value.text();
  if (path.size() < 5 || path.substr(path.size() - 4) != ".csv")
    throw InputError(path_value.where(), "expected a path to a .csv file, found '" + path + "'");
  std::string csv = read_named_file(files, path_value);
  std::string meta_path = path.substr(0, path.size() - 4) + ".meta.yaml";
  auto meta_bytes = files.read(meta_path);
  if (!meta_bytes)
    throw InputError(path_value.where(),
                     "dataset '" + path + "' has no metadata file '" + meta_path + "' beside it");
  Value meta = parse_yaml_remembered(*meta_bytes, files.display(meta_path), files.parse_memo());
  require_map(meta, "dataset metadata: title, source, columns");
  meta.require_keys_in({"title", "source", "notes", "columns", "key", "references"});

  Dataset d;
  d.id = id;
  d.file = path;
  d.where = path_value.where();
  d.title = read_localized(meta.at("title"), languages);
  d.source = read_source(meta.at("source"));
  if (auto* notes = meta.find("notes")) d.notes = notes->text();
  std::vector<std::pair<std::string, ColumnType>> types;
  for (const auto& c : meta.at("columns").items()) {
    require_map(c, "a column: {name, type, unit, label}");
    c.require_keys_in({"name", "type", "unit", "label"});
    ColumnMeta column;
    column.name = c.at("name").text();
    if (auto* unit = c.find("unit")) column.unit = unit->text();
    column.label = read_localized(c.at("label"), languages);
    types.emplace_back(column.name, read_column_type(c.at("type")));
    d.columns.push_back(std::move(column));
  }
  std::string display = files.display(path);
  auto rows = read_csv_rows(csv, display);
  d.table = build_table(rows, types, display);
  if (auto* key = meta.find("key")) require_unique_key(d.table, *key, display);
  std::string referred;
  if (auto* references = meta.find("references"))
    referred = check_references(files, *references, rows);
  d.content_hash = content_hash(csv + '\0' + *meta_bytes + '\0' + referred);
  return d;
}

}  // namespace qala
