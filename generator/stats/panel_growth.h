#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/error.h"

namespace qala::stats {

/// A long-form panel (one row per unit and period, e.g. town x year) ordered within each unit by
/// time. Rows keep their input numbering; nothing is reordered in the data themselves.
struct PanelOrder {
  /// Row numbers, units in order of first appearance, each unit's rows by increasing time.
  std::vector<size_t> order;
  /// Per row: the row of the same unit at the previous time, or -1 for a unit's first row.
  std::vector<long> previous;
  /// Per row: time minus the previous row's time (0 for a unit's first row).
  std::vector<double> step;
  /// Units in order of first appearance.
  std::vector<std::string> units;
};

/// A failure that belongs to one input row (a duplicate unit and time, a value a rate cannot use):
/// the method adapter reports it at that row of the dataset.
class PanelRowError : public MethodError {
 public:
  PanelRowError(size_t row, const std::string& message, size_t earlier_row = kNone)
      : MethodError(message), row_(row), earlier_row_(earlier_row) {}
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t row() const { return row_; }
  /// The other row of a duplicate, or kNone.
  size_t earlier_row() const { return earlier_row_; }

 private:
  size_t row_, earlier_row_;
};

/// Orders the rows of a panel given each row's unit and time. Throws PanelRowError at the later
/// row when a unit has two rows with the same time, MethodError when a time is not finite.
PanelOrder order_panel(const std::vector<std::string>& unit, const std::vector<double>& time);

/// How a growth rate is expressed.
enum class GrowthRate {
  kChange,   // (v_t - v_prev) / v_prev, a fraction
  kPercent,  // 100 (v_t - v_prev) / v_prev
  kLog,      // ln v_t - ln v_prev
};

/// What to do when the previous observation of a unit is more than one time unit back.
enum class GapRule {
  kSkip,       // no rate for that row
  kSpan,       // the rate over the whole gap
  kAnnualise,  // the rate per time unit: (v_t / v_prev)^(1/step) - 1, or the log difference / step
};

/// Per row, the growth rate of `value` from the unit's previous row (NaN for a unit's first row,
/// for a missing value at either end, and for a gap under GapRule::kSkip). Throws PanelRowError
/// at the row whose rate cannot be formed: a previous value of 0 (change, percent), a non-positive
/// value (log, or change and percent annualised over a gap: the ratio must be positive).
std::vector<double> growth_rates(const PanelOrder& panel, const std::vector<double>& value,
                                 GrowthRate rate, GapRule gaps, const std::string& column);

}  // namespace qala::stats
