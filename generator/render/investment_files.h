#pragma once
#include <string>

#include "core/model.h"
#include "render/town_registry.h"

namespace qala {

/// One cell of a CSV file (RFC 4180): quoted when it holds a comma, a quote or a line break,
/// with quotes doubled.
std::string csv_cell(const std::string& text);

/// The investment profile's data as CSV: header `section,key,lang,value,source`, one row per
/// fact (names, region, goal, targets, priorities with their kinds, enterprises, index I and
/// rank, populations), every language's text included, numbers as in the data files.
std::string investment_csv(const Town& town, const TownRegistry& registry);

/// The same data as one JSON object (names, goal and priorities per language).
std::string investment_json(const Town& town, const TownRegistry& registry);

/// What a citation of the profile says: its title in one language, who made it, the year
/// and where it is published.
struct ProfileCitation {
  std::string key;  // qala-<slug>-investment
  std::string title;
  std::string author;
  int year = 0;
  std::string url;
  std::string note;
  std::string lang;
};

/// The citation as a BibTeX @misc entry (special characters escaped).
std::string investment_bibtex(const ProfileCitation& citation);
/// The citation as an RIS record (type GEN).
std::string investment_ris(const ProfileCitation& citation);

}  // namespace qala
