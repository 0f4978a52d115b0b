#include "check/report_text.h"

#include <fmt/format.h>

namespace qala {

std::string report_text(const CheckReport& report) {
  std::string out;
  for (const auto& [study, s] : report.by_study) {
    out += fmt::format("{:<32} {:>4} checks: {} reproduced, {} differs, {} unavailable", study,
                       s.total(), s.reproduced, s.differs, s.unavailable);
    out += s.not_ok ? fmt::format(" — {} NOT AS EXPECTED\n", s.not_ok) : " — all as expected\n";
    auto tables = report.coverage.find(study);
    if (tables == report.coverage.end()) continue;
    for (const auto& t : tables->second) {
      std::string printed = t.printed ? std::to_string(*t.printed) : "?";
      out += fmt::format(
          "  {:<36} {:>4} printed, {:>3} transcribed, {:>3} checked: {} reproduced, {} consistent, "
          "{} differ, {} unavailable\n",
          t.table, printed, t.transcribed, t.checked, t.reproduced, t.consistent, t.differs,
          t.unavailable);
    }
  }
  for (const auto& c : report.checks) {
    if (c.ok) continue;
    std::string computed = c.computed ? fmt::format("{:.10g}", *c.computed) : "none";
    std::string where = c.source.table;
    if (!c.source.row.empty()) where += ", " + c.source.row;
    if (!c.source.column.empty()) where += ", " + c.source.column;
    out += fmt::format("\n{}/{}: {} (expected {})\n  printed  {}  ({})\n  computed {}  ({})\n",
                       c.study, c.id, to_string(c.status), to_string(c.expected_status),
                       c.published, where, computed, c.result.empty() ? "-" : c.result);
    if (c.golden) out += fmt::format("  golden entry at {}\n", c.golden->where.str());
    if (!c.reason.empty()) out += "  declared reason: " + c.reason + "\n";
  }
  return out;
}

}  // namespace qala
