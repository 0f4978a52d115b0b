#include "check/report_json.h"

#include <cmath>

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
  for (const auto& [study, s] : report.by_study) by_study[study] = summary_json(s);
  nlohmann::ordered_json summary = summary_json(report.summary);
  summary["by_study"] = by_study;
  nlohmann::ordered_json coverage = nlohmann::ordered_json::object();
  for (const auto& [study, tables] : report.by_table)
    for (const auto& [table, kinds] : tables)
      for (const auto& [kind, s] : kinds) coverage[study][table][kind] = summary_json(s);
  summary["by_table"] = coverage;
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
    printed[study] = rows;
  }
  summary["coverage"] = printed;
  nlohmann::ordered_json values = nlohmann::ordered_json::object();
  for (const auto& [study, analyses] : results)
    for (const auto& [analysis, result] : analyses)
      for (const auto& [path, value] : result.values())
        values[study + "/" + analysis + "/" + path] = number_or_null(value);
  nlohmann::ordered_json out = {{"checks", checks}, {"summary", summary}, {"results", values}};
  return out.dump(2) + "\n";
}

}  // namespace qala
