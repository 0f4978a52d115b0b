#include "check/table_coverage.h"

#include <map>
#include <set>

namespace qala {

std::vector<TableCoverage> table_coverage(const Study& study, const std::vector<Check>& checks) {
  std::vector<TableCoverage> out;
  std::map<std::string, size_t> index;
  auto row_of = [&](const std::string& table) -> TableCoverage& {
    auto [it, added] = index.emplace(table, out.size());
    if (added) {
      out.emplace_back();
      out.back().table = table;
    }
    return out[it->second];
  };
  for (const auto& t : study.printed_tables) {
    TableCoverage& row = row_of(t.table);
    row.printed = t.printed_numbers;
    row.counted = t.counted;
    row.left_out = t.left_out;
  }
  // A printed number checked by several entries counts once; it is "checked" when any of its
  // entries was compared with a computed value.
  std::map<std::string, std::set<std::string>> transcribed, checked;
  for (const auto& c : checks) {
    TableCoverage& row = row_of(c.source.table);
    const std::string number = c.golden != nullptr ? c.golden->number : c.id;
    transcribed[c.source.table].insert(number);
    if (c.status != CheckStatus::kUnavailable) checked[c.source.table].insert(number);
    if (c.status == CheckStatus::kReproduced)
      ++(c.kind == "consistency" ? row.consistent : row.reproduced);
    if (c.status == CheckStatus::kDiffers) ++row.differs;
    if (c.status == CheckStatus::kUnavailable) ++row.unavailable;
  }
  for (auto& row : out) {
    row.transcribed = static_cast<int>(transcribed[row.table].size());
    row.checked = static_cast<int>(checked[row.table].size());
  }
  return out;
}

}  // namespace qala
