#include "load/dataset_loader.h"

#include <set>

#include <fmt/format.h>

#include "core/error.h"
#include "core/hash.h"
#include "core/suggest.h"
#include "load/csv_reader.h"
#include "load/load_util.h"
#include "load/yaml_reader.h"

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
  Value meta = parse_yaml(*meta_bytes, files.display(meta_path));
  require_map(meta, "dataset metadata: title, source, columns");
  meta.require_keys_in({"title", "source", "notes", "columns", "key"});

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
  d.table = build_table(read_csv_rows(csv, display), types, display);
  if (auto* key = meta.find("key")) require_unique_key(d.table, *key, display);
  d.content_hash = content_hash(csv + '\0' + *meta_bytes);
  return d;
}

}  // namespace qala
