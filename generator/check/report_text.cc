#include "check/report_text.h"

#include <fmt/format.h>

namespace qala {

std::string report_text(const CheckReport& report) {
  std::string out;
  for (const auto& [study, s] : report.by_study) {
    out += fmt::format("{:<32} {:>4} checks: {} reproduced, {} differs, {} unavailable", study,
                       s.total(), s.reproduced, s.differs, s.unavailable);
    out += s.not_ok ? fmt::format(" — {} NOT AS EXPECTED\n", s.not_ok) : " — all as expected\n";
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
