#include "load/golden_loader.h"

#include <set>

#include "core/error.h"
#include "load/load_util.h"
#include "load/yaml_reader.h"

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
  v.require_keys_in(
      {"id", "printed", "source", "result", "kind", "tolerance", "expect", "reason", "scale"});
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

}  // namespace

std::vector<GoldenEntry> load_golden(const FileSource& files, const Value& path_value,
                                     const std::string& study_id) {
  std::string bytes = read_named_file(files, path_value);
  Value root = parse_yaml(bytes, files.display(path_value.text()));
  require_map(root, "a golden file: {study, checks}");
  root.require_keys_in({"study", "checks"});
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
  return out;
}

}  // namespace qala
