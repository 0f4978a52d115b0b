#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace qala {

/// One golden entry compared with what Qala computed.
struct Check {
  std::string study;
  std::string id;
  std::string kind;  // "reproduction" or "consistency"
  SourceRef source;
  std::string published;  // the printed text
  double expected = 0;    // the printed text's number
  std::optional<double> computed;
  double tolerance = 0;  // the largest |computed - expected| that still counts as reproduced
  CheckStatus status = CheckStatus::kUnavailable;
  CheckStatus expected_status = CheckStatus::kReproduced;
  bool ok = false;     // status == expected_status
  std::string reason;  // why a discrepancy or unavailability is expected
  std::string result;  // the result path it compares with, "<analysis>/<path>"
  const GoldenEntry* golden = nullptr;
};

/// Counts per status and how many checks did not come out as their golden entry expects.
struct CheckSummary {
  int reproduced = 0;
  int differs = 0;
  int unavailable = 0;
  int not_ok = 0;
  int total() const { return reproduced + differs + unavailable; }
};

/// Coverage of one printed table (figure, equation, passage): how many numbers it prints, how
/// many have a golden entry, how many are compared with a computed value, and how the checks
/// came out. Reproduced checks of kind consistency count as `consistent`.
struct TableCoverage {
  std::string table;
  std::optional<int> printed;  // the golden file's `tables:` count; none when not declared
  int transcribed = 0;         // distinct printed numbers with a golden entry
  int checked = 0;             // of those, compared with a computed value
  int reproduced = 0;
  int consistent = 0;
  int differs = 0;
  int unavailable = 0;
  std::string counted;   // how the printed numbers were counted
  std::string left_out;  // which printed numbers have no entry, and why
};

/// Every check of every study, in golden-file order.
struct CheckReport {
  std::vector<Check> checks;
  CheckSummary summary;
  std::map<std::string, CheckSummary> by_study;
  /// Coverage per study and per printed table ("Figure 9", "Table 5"...), split by kind of check.
  std::map<std::string, std::map<std::string, std::map<std::string, CheckSummary>>> by_table;
  /// Coverage per study: the declared tables in their order, then any table named only by checks.
  std::map<std::string, std::vector<TableCoverage>> coverage;
  /// Study id -> indexes of its checks in `checks`, in order (add_to_report keeps it).
  std::map<std::string, std::vector<size_t>> checks_by_study;
};

/// The checks of `study`, in report order: by checks_by_study, or by looking through every check
/// when a report was put together without it.
std::vector<const Check*> checks_of(const CheckReport& report, const std::string& study);

}  // namespace qala
