#include "check/report_json.h"

#include <cmath>
#include <unordered_map>

#include <nlohmann/json.hpp>

namespace qala {
namespace {

nlohmann::ordered_json number_or_null(std::optional<double> x) {
  if (!x || !std::isfinite(*x)) return nullptr;
  return *x;
}

nlohmann::ordered_json summary_json(const CheckSummary& s) {
  return {{"reproduced", s.reproduced},
          {"differs", s.differs},
          {"unavailable", s.unavailable},
          {"total", s.total()},
          {"not_ok", s.not_ok}};
}

using Json = nlohmann::ordered_json;

/// Appends `key` to `object` when the caller knows it is not there yet (keys taken in order from
/// a std::map): ordered_json's own insertion first looks the key up, one by one, which is
/// quadratic over the tens of thousands of results of a large site.
void append_new(Json& object, std::string key, Json value) {
  auto& entries = static_cast<Json::object_t::Container&>(object.get_ref<Json::object_t&>());
  entries.emplace_back(std::move(key), std::move(value));
}

}  // namespace

std::string report_json(const CheckReport& report, const RunResults& results) {
  nlohmann::ordered_json checks = nlohmann::ordered_json::array();
  for (const auto& c : report.checks) {
    checks.push_back({{"study", c.study},
                      {"id", c.id},
                      {"kind", c.kind},
                      {"source",
                       {{"paper", c.source.paper},
                        {"table", c.source.table},
                        {"row", c.source.row},
                        {"column", c.source.column},
                        {"page", c.source.page}}},
                      {"published", c.published},
                      {"expected", c.expected},
                      {"computed", number_or_null(c.computed)},
                      {"tolerance", c.tolerance},
                      {"result", c.result},
                      {"status", to_string(c.status)},
                      {"expected_status", to_string(c.expected_status)},
                      {"ok", c.ok},
                      {"reason", c.reason}});
  }
  nlohmann::ordered_json by_study = nlohmann::ordered_json::object();
  for (const auto& [study, s] : report.by_study) append_new(by_study, study, summary_json(s));
  nlohmann::ordered_json summary = summary_json(report.summary);
  summary["by_study"] = std::move(by_study);
  nlohmann::ordered_json coverage = nlohmann::ordered_json::object();
  for (const auto& [study, tables] : report.by_table) {
    Json of_study = Json::object();
    for (const auto& [table, kinds] : tables) {
      Json of_table = Json::object();
      for (const auto& [kind, s] : kinds) append_new(of_table, kind, summary_json(s));
      append_new(of_study, table, std::move(of_table));
    }
    append_new(coverage, study, std::move(of_study));
  }
  summary["by_table"] = std::move(coverage);
  nlohmann::ordered_json printed = nlohmann::ordered_json::object();
  for (const auto& [study, tables] : report.coverage) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& t : tables)
      rows.push_back({{"table", t.table},
                      {"printed_numbers", t.printed ? nlohmann::ordered_json(*t.printed) : nullptr},
                      {"transcribed", t.transcribed},
                      {"checked", t.checked},
                      {"reproduced", t.reproduced},
                      {"consistent", t.consistent},
                      {"differs", t.differs},
                      {"unavailable", t.unavailable},
                      {"counted", t.counted},
                      {"left_out", t.left_out}});
    append_new(printed, study, std::move(rows));
  }
  summary["coverage"] = std::move(printed);
  nlohmann::ordered_json values = nlohmann::ordered_json::object();
  // Study and analysis ids are slugs (no '/'), so keys of different results never meet; within
  // one result a path given twice keeps its first place and its last value, as `values[key]`.
  for (const auto& [study, analyses] : results)
    for (const auto& [analysis, result] : analyses) {
      std::unordered_map<std::string, size_t> seen;
      auto& entries = static_cast<Json::object_t::Container&>(values.get_ref<Json::object_t&>());
      for (const auto& [path, value] : result.values()) {
        auto [it, fresh] = seen.emplace(path, entries.size());
        if (fresh)
          append_new(values, study + "/" + analysis + "/" + path, number_or_null(value));
        else
          entries[it->second].second = number_or_null(value);
      }
    }
  // Moved in, not listed in an initializer list, which would copy each of them.
  Json out = Json::object();
  append_new(out, "checks", std::move(checks));
  append_new(out, "summary", std::move(summary));
  append_new(out, "results", std::move(values));
  std::string text = out.dump(2);
  text += '\n';
  return text;
}

}  // namespace qala
