#include "render/study_downloads.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "render/html.h"

namespace qala {
namespace {

std::string csv_text(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_number(std::optional<double> x) {
  if (!x || !std::isfinite(*x)) return "";
  return fmt::format("{:.17g}", *x);
}

nlohmann::ordered_json json_number(std::optional<double> x) {
  if (!x || !std::isfinite(*x)) return nullptr;
  return *x;
}

}  // namespace

std::string study_downloads_dir(const Study& study) { return "downloads/" + study.id + "/"; }

std::vector<Page> study_downloads(const Study& study, const RunResults& results,
                                  const CheckReport& report, const std::string& dir) {
  std::string results_csv = "analysis,path,value\n";
  nlohmann::ordered_json results_json = nlohmann::ordered_json::object();
  if (auto it = results.find(study.id); it != results.end())
    for (const auto& [analysis, result] : it->second) {
      nlohmann::ordered_json values = nlohmann::ordered_json::object();
      for (const auto& [path, value] : result.values()) {
        results_csv += csv_text(analysis) + "," + csv_text(path) + "," + csv_number(value) + "\n";
        values[path] = json_number(value);
      }
      results_json[analysis] = values;
    }
  std::string checks_csv =
      "id,kind,table,row,column,page,published,expected,computed,tolerance,status,"
      "expected_status,result,reason\n";
  nlohmann::ordered_json checks_json = nlohmann::ordered_json::array();
  for (const Check* check : checks_of(report, study.id)) {
    const Check& c = *check;
    checks_csv +=
        csv_text(c.id) + "," + csv_text(c.kind) + "," + csv_text(c.source.table) + "," +
        csv_text(c.source.row) + "," + csv_text(c.source.column) + "," + csv_text(c.source.page) +
        "," + csv_text(c.published) + "," + csv_number(c.expected) + "," + csv_number(c.computed) +
        "," + csv_number(c.tolerance) + "," + to_string(c.status) + "," +
        to_string(c.expected_status) + "," + csv_text(c.result) + "," + csv_text(c.reason) + "\n";
    checks_json.push_back({{"id", c.id},
                           {"kind", c.kind},
                           {"source",
                            {{"table", c.source.table},
                             {"row", c.source.row},
                             {"column", c.source.column},
                             {"page", c.source.page}}},
                           {"published", c.published},
                           {"expected", json_number(c.expected)},
                           {"computed", json_number(c.computed)},
                           {"tolerance", json_number(c.tolerance)},
                           {"status", to_string(c.status)},
                           {"expected_status", to_string(c.expected_status)},
                           {"result", c.result},
                           {"reason", c.reason}});
  }
  nlohmann::ordered_json results_doc = {{"study", study.id}, {"results", results_json}};
  nlohmann::ordered_json checks_doc = {{"study", study.id}, {"checks", checks_json}};
  return {{dir + "results.csv", results_csv},
          {dir + "results.json", script_safe_json(results_doc.dump(2)) + "\n"},
          {dir + "checks.csv", checks_csv},
          {dir + "checks.json", script_safe_json(checks_doc.dump(2)) + "\n"}};
}

}  // namespace qala
