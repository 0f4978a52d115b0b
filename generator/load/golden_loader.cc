#include "load/golden_loader.h"

#include <map>
#include <set>

#include "core/error.h"
#include "core/suggest.h"
#include "load/load_util.h"
#include "load/parse_memo.h"

namespace qala {
namespace {

CheckStatus read_status(const Value& v) {
  const std::string& t = v.text();
  if (t == "reproduced") return CheckStatus::kReproduced;
  if (t == "differs") return CheckStatus::kDiffers;
  if (t == "unavailable") return CheckStatus::kUnavailable;
  throw InputError(v.where(),
                   "unknown expectation '" + t + "'; expected reproduced, differs or unavailable");
}

double read_positive(const Value& v) {
  double x = v.number();
  if (!(x >= 0)) throw InputError(v.where(), "expected a tolerance of zero or more");
  return x;
}

GoldenEntry read_entry(const Value& v, const std::string& study_id) {
  require_map(v, "a golden entry: {id, printed, source, result}");
  v.require_keys_in({"id", "printed", "source", "result", "kind", "tolerance", "expect", "reason",
                     "scale", "number"});
  GoldenEntry g;
  g.where = v.where();
  require_slug(v.at("id"), "a check id");
  g.id = v.at("id").text();
  const Value& printed = v.at("printed");
  std::string why;
  auto number = parse_printed_number(printed.text(), &why);
  if (!number) throw InputError(printed.where(), why + ", found '" + printed.text() + "'");
  g.printed = *number;
  g.source = read_source(v.at("source"));
  if (g.source.paper.empty()) g.source.paper = study_id;
  if (auto* r = v.find("result")) g.result = r->text();
  if (auto* k = v.find("kind")) {
    g.kind = k->text();
    if (g.kind != "reproduction" && g.kind != "consistency")
      throw InputError(k->where(),
                       "unknown kind '" + g.kind + "'; expected reproduction or consistency");
  }
  if (auto* sc = v.find("scale")) {
    g.scale = sc->number();
    if (!(g.scale > 0)) throw InputError(sc->where(), "expected a scale greater than zero");
  }
  if (auto* e = v.find("expect")) g.expect = read_status(*e);
  if (auto* r = v.find("reason")) g.reason = r->text();
  // By default, entries whose source row, column (up to any " (" remark) and printed text agree
  // check the same printed number: a cell checked both directly and from other printed cells.
  if (g.source.row.empty() && g.source.column.empty()) {
    g.number = "id:" + g.id;
  } else {
    std::string column = g.source.column.substr(0, g.source.column.find(" ("));
    g.number = g.source.row + '\x1f' + column + '\x1f' + g.printed.text;
  }
  if (auto* n = v.find("number")) {
    require_slug(*n, "a printed-number id");
    g.number = n->text();
  }
  if (auto* t = v.find("tolerance")) {
    require_map(*t, "a tolerance: {abs: x} or {rel: x}");
    t->require_keys_in({"abs", "rel"});
    if (auto* a = t->find("abs")) g.abs_tolerance = read_positive(*a);
    if (auto* r = t->find("rel")) g.rel_tolerance = read_positive(*r);
  }
  if (g.expect != CheckStatus::kReproduced && g.reason.empty())
    throw InputError(v.where(), "an entry that expects '" + std::string(to_string(g.expect)) +
                                    "' needs a 'reason' a reader understands");
  if (g.result.empty() && g.expect != CheckStatus::kUnavailable)
    throw InputError(v.where(),
                     "missing 'result' (the result it should equal); an entry without "
                     "one must say 'expect: unavailable' with a reason");
  return g;
}

PrintedTable read_table(const Value& v) {
  require_map(v, "a printed table: {table, printed_numbers, counted, left_out}");
  v.require_keys_in({"table", "printed_numbers", "counted", "left_out"});
  PrintedTable t;
  t.where = v.where();
  t.table = v.at("table").text();
  const Value& n = v.at("printed_numbers");
  long count = n.integer();
  if (count < 0) throw InputError(n.where(), "expected a count of printed numbers of 0 or more");
  t.printed_numbers = static_cast<int>(count);
  if (auto* c = v.find("counted")) t.counted = c->text();
  if (auto* l = v.find("left_out")) t.left_out = l->text();
  return t;
}

/// With a `tables:` block, every table a check names must be declared, and no table may hold
/// more distinct checked numbers than it prints.
void check_tables(const std::vector<PrintedTable>& tables, const std::vector<GoldenEntry>& checks,
                  const Value& checks_value) {
  std::map<std::string, const PrintedTable*> declared;
  std::vector<std::string> names;
  for (const auto& t : tables) {
    if (!declared.emplace(t.table, &t).second)
      throw InputError(t.where, "table '" + t.table + "' is declared twice in 'tables:'");
    names.push_back(t.table);
  }
  std::map<std::string, std::set<std::string>> numbers;
  size_t i = 0;
  for (const auto& g : checks) {
    const Value& item = checks_value.items()[i++];
    if (!declared.count(g.source.table))
      throw InputError(item.at("source").where(),
                       "table '" + g.source.table +
                           "' is not declared in the golden file's 'tables:' block (add it with "
                           "its count of printed numbers)" +
                           did_you_mean(g.source.table, names));
    numbers[g.source.table].insert(g.number);
  }
  for (const auto& t : tables) {
    size_t n = numbers[t.table].size();
    if (n > static_cast<size_t>(t.printed_numbers))
      throw InputError(t.where, "table '" + t.table + "' declares " +
                                    std::to_string(t.printed_numbers) +
                                    " printed numbers but its checks name " + std::to_string(n) +
                                    " different ones");
  }
}

}  // namespace

std::vector<GoldenEntry> load_golden(const FileSource& files, const Value& path_value,
                                     const std::string& study_id, std::vector<PrintedTable>* tables,
                                     std::string* bytes_read) {
  std::string bytes = read_named_file(files, path_value);
  if (bytes_read != nullptr) *bytes_read = bytes;
  Value root = parse_yaml_remembered(bytes, files.display(path_value.text()), files.parse_memo());
  require_map(root, "a golden file: {study, checks}");
  root.require_keys_in({"study", "tables", "checks"});
  if (root.at("study").text() != study_id)
    throw InputError(
        root.at("study").where(),
        "golden file is for study '" + root.at("study").text() + "'; expected '" + study_id + "'");
  std::vector<GoldenEntry> out;
  std::set<std::string> ids;
  const Value& checks = root.at("checks");
  if (!checks.is_list())
    throw InputError(checks.where(), "expected a list of checks, each starting with '- id: ...'");
  for (const auto& item : checks.items()) {
    GoldenEntry g = read_entry(item, study_id);
    if (!ids.insert(g.id).second)
      throw InputError(item.at("id").where(), "duplicate check id '" + g.id + "'");
    out.push_back(std::move(g));
  }
  if (const Value* t = root.find("tables")) {
    if (!t->is_list())
      throw InputError(t->where(), "expected a list of tables, each starting with '- table: ...'");
    std::vector<PrintedTable> read;
    for (const auto& item : t->items()) read.push_back(read_table(item));
    check_tables(read, out, checks);
    if (tables) *tables = std::move(read);
  }
  return out;
}

}  // namespace qala
