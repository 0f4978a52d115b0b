#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/suggest.h"
#include "run/methods/regression_adapters.h"
#include "run/methods/regression_inputs.h"
#include "run/params.h"
#include "stats/panel_growth.h"

namespace qala {
namespace {

std::string key_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

/// The unit of every row as text (a text column as is, a number without trailing zeros).
std::vector<std::string> unit_keys(const MethodCall& call, const Value& name) {
  const Table& table = require_table(call);
  const Column* column = table.find(name.text());
  if (!column)
    throw InputError(name.where(), "no column '" + name.text() + "' in the dataset" +
                                       did_you_mean(name.text(), table.column_names()));
  std::vector<std::string> keys;
  for (size_t r = 0; r < table.row_count(); ++r) {
    std::string key =
        column->numeric
            ? (std::isnan(column->numbers[r]) ? std::string() : key_text(column->numbers[r]))
            : column->texts[r];
    if (key.empty())
      throw InputError(table.rows[r], "the unit column '" + name.text() + "' is empty here");
    if (key.find('/') != std::string::npos)
      throw InputError(table.rows[r], "a unit may not contain '/': '" + key + "'");
    keys.push_back(key);
  }
  return keys;
}

stats::GrowthRate rate_of(const Value& v) {
  if (v.text() == "change") return stats::GrowthRate::kChange;
  if (v.text() == "percent") return stats::GrowthRate::kPercent;
  if (v.text() == "log") return stats::GrowthRate::kLog;
  throw InputError(v.where(), "unknown rate '" + v.text() + "'" +
                                  did_you_mean(v.text(), {"change", "percent", "log"}));
}

stats::GapRule gaps_of(const Value& v) {
  if (v.text() == "skip") return stats::GapRule::kSkip;
  if (v.text() == "span") return stats::GapRule::kSpan;
  if (v.text() == "annualise") return stats::GapRule::kAnnualise;
  throw InputError(v.where(), "unknown gap rule '" + v.text() + "'" +
                                  did_you_mean(v.text(), {"skip", "span", "annualise"}));
}

/// Reports a failure of one row at that row of the dataset.
[[noreturn]] void throw_at_row(const Table& table, const stats::PanelRowError& e) {
  std::string message = e.what();
  if (e.earlier_row() != stats::PanelRowError::kNone)
    message += " (the other row is at " + table.rows[e.earlier_row()].str() + ")";
  throw InputError(table.rows[e.row()], message);
}

}  // namespace

Result run_panel_growth(const MethodCall& call) {
  const Table& table = require_table(call);
  const Value* unit = call.params.find("id");
  if (!unit) throw InputError(call.where, "missing required parameter 'id'");
  const std::vector<std::string> units = unit_keys(call, *unit);
  const NamedColumn time_column = column_of(call, "time");
  const std::vector<double>& time = *time_column.numbers;
  const stats::GapRule gaps =
      call.params.find("gaps") ? gaps_of(call.params.at("gaps")) : stats::GapRule::kSkip;
  const Value* derive = call.params.find("derive");
  if (!derive || !derive->is_map() || derive->entries().empty())
    throw InputError(derive ? derive->where() : call.where,
                     "expected 'derive: {<new column>: {column: <value column>, rate: change | "
                     "percent | log}, ...}'");

  stats::PanelOrder panel;
  try {
    panel = stats::order_panel(units, time);
  } catch (const stats::PanelRowError& e) {
    throw_at_row(table, e);
  }
  Result out;
  out.set("units", static_cast<double>(panel.units.size()));
  out.set("observations", static_cast<double>(table.row_count()));
  size_t gap_count = 0;
  for (size_t r : panel.order)
    if (panel.previous[r] >= 0 && panel.step[r] != 1) ++gap_count;
  out.set("gaps", static_cast<double>(gap_count));
  for (size_t r : panel.order)
    if (panel.previous[r] >= 0 && panel.step[r] != 1)
      out.set("gap/" + units[r] + "/" + key_text(time[r]), panel.step[r]);

  for (const auto& [name, spec] : derive->entries()) {
    if (name.empty() || name.find('/') != std::string::npos)
      throw InputError(derive->key_where(name), "a derived column's name must contain no '/'");
    if (!spec.is_map()) throw InputError(spec.where(), "expected {column: ..., rate: ...}");
    spec.require_keys_in({"column", "rate"});
    const NamedColumn value = column_named(call, spec.at("column"));
    std::vector<double> rates;
    try {
      rates =
          stats::growth_rates(panel, *value.numbers, rate_of(spec.at("rate")), gaps, value.name);
    } catch (const stats::PanelRowError& e) {
      throw_at_row(table, e);
    }
    size_t derived = 0;
    for (size_t r : panel.order) {
      if (std::isnan(rates[r])) continue;
      ++derived;
      out.set("units/" + units[r] + "/" + key_text(time[r]) + "/" + name, rates[r]);
    }
    // One entry per dataset line, for `{ref: <this analysis>/column/<name>}` in a model's columns.
    for (size_t r = 0; r < rates.size(); ++r)
      if (!std::isnan(rates[r]))
        out.set("column/" + name + "/" + std::to_string(table.rows[r].line), rates[r]);
    out.set("derived/" + name, static_cast<double>(derived));
  }
  return out;
}

}  // namespace qala
