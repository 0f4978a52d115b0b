#include "render/check_view.h"

#include <cmath>

#include <fmt/format.h>

#include "render/number_format.h"

namespace qala {
namespace {

std::string sort_value(double x) {
  if (!std::isfinite(x)) return "";
  return fmt::format("{:.17g}", x);
}

}  // namespace

std::string format_computed(const Check& check, const std::string& lang) {
  if (!check.computed) return "";
  if (check.golden != nullptr) return format_like(*check.computed, check.golden->printed, lang);
  if (auto printed = parse_printed_number(check.published, nullptr))
    return format_like(*check.computed, *printed, lang);
  return format_shortest(*check.computed, lang);
}

std::string check_anchor(const Check& check) { return "check-" + check.study + "-" + check.id; }

view::Map check_view(const Check& check, const std::string& lang) {
  std::string where = check.source.row;
  if (!check.source.column.empty()) where += (where.empty() ? "" : " / ") + check.source.column;
  std::string computed = format_computed(check, lang);
  return view::Map{
      {"id", check.id},
      {"anchor", check_anchor(check)},
      {"table", check.source.table},
      {"row", check.source.row},
      {"column", check.source.column},
      {"where", where},
      {"page", check.source.page},
      {"published", check.published},
      {"computed", computed},
      {"has_computed", !computed.empty()},
      {"status", std::string(to_string(check.status))},
      {"is_reproduced", check.status == CheckStatus::kReproduced},
      {"is_differs", check.status == CheckStatus::kDiffers},
      {"is_unavailable", check.status == CheckStatus::kUnavailable},
      {"expect_reproduced", check.expected_status == CheckStatus::kReproduced},
      {"expect_differs", check.expected_status == CheckStatus::kDiffers},
      {"expect_unavailable", check.expected_status == CheckStatus::kUnavailable},
      {"ok", check.ok},
      {"reason", check.reason},
      {"has_reason", !check.reason.empty()},
      {"kind", check.kind},
      {"is_consistency", check.kind == "consistency"},
      {"result", check.result},
      {"tolerance", format_shortest(check.tolerance, lang)},
      // Plain numbers for sorting a table by these columns in the browser (data-sort-value).
      {"published_sort", sort_value(check.expected)},
      {"computed_sort", check.computed ? sort_value(*check.computed) : std::string()},
  };
}

view::Map summary_view(const CheckSummary& summary, const std::string& lang) {
  auto count = [&](int n) { return format_fixed(n, 0, lang); };
  return view::Map{
      {"reproduced", count(summary.reproduced)},   {"differs", count(summary.differs)},
      {"unavailable", count(summary.unavailable)}, {"not_ok", count(summary.not_ok)},
      {"total", count(summary.total())},           {"has_not_ok", summary.not_ok > 0},
  };
}

view::Map coverage_view(const TableCoverage& c, const std::string& lang) {
  auto count = [&](int n) { return format_fixed(n, 0, lang); };
  return view::Map{
      {"table", c.table},
      {"printed", c.printed ? count(*c.printed) : std::string()},
      {"printed_sort", c.printed ? std::to_string(*c.printed) : std::string("-1")},
      {"transcribed", count(c.transcribed)},
      {"checked", count(c.checked)},
      {"reproduced", count(c.reproduced)},
      {"consistent", count(c.consistent)},
      {"differs", count(c.differs)},
      {"unavailable", count(c.unavailable)},
      {"has_differs", c.differs > 0},
      {"counted", c.counted},
      {"has_counted", !c.counted.empty()},
      {"left_out", c.left_out},
      {"has_left_out", !c.left_out.empty()},
  };
}

}  // namespace qala
