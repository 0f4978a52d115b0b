// Referential integrity of the shipped data/: every town, region, priority kind and study id a
// data file names exists where it is defined. Computed by reading the CSV files themselves (with
// the project's CSV reader), so a new row with a misspelt id fails here with its file and line.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "load/csv_reader.h"

namespace {

namespace fs = std::filesystem;
const fs::path kRoot = QALA_SOURCE_DIR;

struct CsvFile {
  std::string name;  // relative to the project root
  std::vector<std::vector<qala::CsvCell>> rows;

  /// The cells of column `header` below the header row (empty when there is no such column).
  std::vector<qala::CsvCell> column(const std::string& header) const {
    std::vector<qala::CsvCell> out;
    if (rows.empty()) return out;
    for (size_t c = 0; c < rows[0].size(); ++c)
      if (rows[0][c].text == header)
        for (size_t r = 1; r < rows.size(); ++r) out.push_back(rows[r][c]);
    return out;
  }
};

CsvFile read(const std::string& name) {
  std::ifstream in(kRoot / name, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return {name, qala::read_csv_rows(bytes.str(), name)};
}

std::set<std::string> ids(const std::string& file, const std::string& header) {
  std::set<std::string> out;
  for (const auto& cell : read(file).column(header)) out.insert(cell.text);
  return out;
}

std::vector<std::string> csv_files_in(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(kRoot / dir))
    if (entry.path().extension() == ".csv")
      out.push_back(dir + "/" + entry.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

/// Every non-empty cell of `header` in `file` must be in `known`; returns "file:line:col: ..."
/// for each that is not.
std::vector<std::string> unknown(const CsvFile& file, const std::string& header,
                                 const std::set<std::string>& known, const std::string& what) {
  std::vector<std::string> out;
  for (const auto& cell : file.column(header))
    if (!cell.text.empty() && !known.count(cell.text))
      out.push_back(cell.where.str() + ": unknown " + what + " '" + cell.text + "'");
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("every town id used in data/ is a town of data/towns/towns.csv", "[data]") {
  const std::set<std::string> towns = ids("data/towns/towns.csv", "id");
  REQUIRE(towns.size() >= 27);  // the 27 of the 2019-2020 list at least
  std::vector<std::string> problems;
  int files_with_towns = 0;
  for (const std::string dir : {"data/p000", "data/p003", "data/towns"})
    for (const auto& name : csv_files_in(dir)) {
      CsvFile file = read(name);
      if (file.column("town").empty()) continue;
      ++files_with_towns;
      auto found = unknown(file, "town", towns, "town");
      problems.insert(problems.end(), found.begin(), found.end());
    }
  CHECK(files_with_towns >= 10);  // the test really looked at the town-keyed files
  INFO(joined(problems));
  CHECK(problems.empty());
}

TEST_CASE("every alias, region, priority kind and paper named in data/ exists", "[data]") {
  const std::set<std::string> towns = ids("data/towns/towns.csv", "id");
  const std::set<std::string> regions = ids("data/towns/regions.csv", "id");
  const std::set<std::string> kinds = ids("data/p000/priority-kinds.csv", "kind");
  std::set<std::string> studies;
  for (const auto& entry : fs::directory_iterator(kRoot / "analyses"))
    if (entry.path().extension() == ".yaml") studies.insert(entry.path().stem().string());
  REQUIRE(studies.size() >= 5);

  std::vector<std::string> problems;
  auto add = [&](std::vector<std::string> found) {
    problems.insert(problems.end(), found.begin(), found.end());
  };
  CsvFile aliases = read("data/towns/aliases.csv");
  REQUIRE_FALSE(aliases.column("town").empty());
  add(unknown(aliases, "town", towns, "town"));
  CsvFile town_list = read("data/towns/towns.csv");
  add(unknown(town_list, "region", regions, "region"));
  add(unknown(town_list, "region_2022", regions, "region"));
  CsvFile priorities = read("data/p000/priorities.csv");
  REQUIRE_FALSE(priorities.column("kind").empty());
  add(unknown(priorities, "kind", kinds, "priority kind"));
  // `papers` cells list study ids separated by ';'.
  int papers_named = 0;
  for (const std::string dir : {"data/p000", "data/p003", "data/towns"})
    for (const auto& name : csv_files_in(dir))
      for (const auto& cell : read(name).column("papers")) {
        std::stringstream list(cell.text);
        for (std::string id; std::getline(list, id, ';');) {
          id.erase(0, id.find_first_not_of(' '));
          id.erase(id.find_last_not_of(' ') + 1);
          if (id.empty()) continue;
          ++papers_named;
          if (!studies.count(id))
            problems.push_back(cell.where.str() + ": unknown study '" + id + "'");
        }
      }
  CHECK(papers_named > 0);
  INFO(joined(problems));
  CHECK(problems.empty());
}
