#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/printed_number.h"
#include "core/source_location.h"
#include "core/table.h"
#include "core/value.h"

namespace qala {

/// A text in each of the site's languages, keyed by language code ("en", "ru", "kk").
using Localized = std::map<std::string, std::string>;

/// Where a published number or table comes from.
struct SourceRef {
  std::string paper;  // study id of the paper
  std::string table;  // "Table 3", "Figure 9", "Equation (5)"
  std::string row;
  std::string column;
  std::string page;
};

struct ColumnMeta {
  std::string name;
  std::string unit;
  Localized label;
};

/// A CSV file of `data/` with its metadata (`<name>.meta.yaml` beside it).
struct Dataset {
  std::string id;    // name the study uses for it
  std::string file;  // path relative to the project root
  Localized title;
  SourceRef source;
  std::string notes;
  std::vector<ColumnMeta> columns;
  Table table;
  std::string content_hash;  // of the CSV and the metadata bytes
  SourceLocation where;      // the study's line that names it
};

/// One `analyses:` entry of a study: a method applied to a dataset with parameters.
struct Analysis {
  std::string id;
  std::string method;
  SourceLocation method_where;
  std::string dataset;  // dataset id, or empty for methods that read only other results
  Value params;
  /// Optional row filter applied before the method runs: column -> {from, to} (inclusive).
  Value rows;
  Localized title;
  /// Analyses whose results this one reads, from `{ref: ...}` in its parameters.
  std::vector<std::string> depends_on;
  SourceLocation where;

  /// Whether row `r` of `table` passes `rows` (the run step has refused a malformed filter
  /// already; here a column it does not name as numeric is ignored).
  bool keeps_row(const Table& table, size_t r) const;
};

/// What a golden entry expects its check to come out as.
enum class CheckStatus { kReproduced, kDiffers, kUnavailable };
const char* to_string(CheckStatus status);

/// One published number, as printed, and what it should equal.
struct GoldenEntry {
  std::string id;
  PrintedNumber printed;
  SourceRef source;
  /// "<analysis>/<path>" within the study; empty when the inputs were never published.
  std::string result;
  CheckStatus expect = CheckStatus::kReproduced;
  std::string reason;  // required for expect differs or unavailable
  std::optional<double> abs_tolerance;
  std::optional<double> rel_tolerance;
  /// The computed value is multiplied by this before comparing, when the paper prints in other
  /// units than the result (e.g. 0.001 for billions printed against millions computed).
  double scale = 1;
  std::string kind = "reproduction";  // or "consistency"
  /// Which printed number the entry checks, when several entries check the same one (one
  /// statement against several typologies); the entry's own id by default. Coverage counts
  /// printed numbers, not entries.
  std::string number;
  SourceLocation where;
};

/// A `tables:` entry of a golden file: how many numbers a printed table (or figure, equation,
/// passage of text) holds, so coverage can say how many of them are transcribed.
struct PrintedTable {
  std::string table;        // as the checks' source.table names it
  int printed_numbers = 0;  // cells holding numbers, headings not counted
  std::string counted;      // how they were counted (optional)
  std::string left_out;     // which printed numbers have no golden entry, and why
  SourceLocation where;
};

struct Paper {
  std::vector<std::string> authors;
  int year = 0;
  std::string journal;
  std::string volume;
  std::string issue;
  std::string pages;
  std::string doi;
  Localized title;
};

/// One paper (or piece of research): `analyses/<id>.yaml`.
struct Study {
  std::string id;
  std::string file;
  Paper paper;
  std::vector<Dataset> datasets;
  std::vector<Analysis> analyses;
  std::string golden_file;
  std::vector<GoldenEntry> golden;
  /// The golden file's `tables:` block, in its order; empty when the file has none.
  std::vector<PrintedTable> printed_tables;
  /// Page kind ("study") -> template file name in `templates/`.
  std::map<std::string, std::string> templates;
  /// The study's page text in Markdown, per language (`site/pages/studies/<id>.<lang>.md`).
  Localized text;
  std::string content_hash;  // of the study and golden files
  std::string file_hash;     // of the study file alone

  const Dataset* find_dataset(const std::string& id) const;
  const Analysis* find_analysis(const std::string& id) const;
};

/// A point on the earth: longitude and latitude in degrees (WGS84, as GeoJSON writes them).
struct GeoPoint {
  double lon = 0;
  double lat = 0;
};

/// The country outline the locator map draws under the towns (site.yaml `map: outline:`).
struct MapOutline {
  std::string file;                          // as configured, for captions and errors
  std::vector<std::vector<GeoPoint>> rings;  // every polygon ring of the file
};

/// `site/site.yaml`.
struct SiteConfig {
  std::vector<std::string> languages;  // first is the default
  Localized title;
  std::string base_url;
  /// `map: outline:` as written (may lead outside the project), empty when not configured.
  std::string map_outline_file;
  /// The outline read from that file; empty when it is not configured or does not exist.
  std::optional<MapOutline> map_outline;
  /// Set by `qala build --pdf` when headless Chromium will print the programme report, so the
  /// report page links to its PDF. Never read from a file.
  bool report_pdf = false;
};

/// Everything the loader read: the typed model every later step works from. No later step reads
/// a file of its own.
struct Project {
  std::string root;
  SiteConfig site;
  /// language -> key -> string (`site/i18n/<lang>.yaml`, nested keys joined with '.').
  std::map<std::string, std::map<std::string, std::string>> strings;
  /// page name -> language -> Markdown (`site/pages/<name>.<lang>.md`).
  std::map<std::string, Localized> pages;
  /// template file name -> text (`templates/*.html`, partials as "partials/x.html").
  std::map<std::string, std::string> templates;
  /// file name -> bytes of the static assets copied as they are (`site/css/*`).
  std::map<std::string, std::string> assets;
  std::vector<Study> studies;
  /// file -> content hash of every file read, for the build graph.
  std::map<std::string, std::string> file_hashes;
  /// Dataset file -> (study, dataset) indexes of its first declaration, and study id -> index;
  /// see build_index.
  std::map<std::string, std::pair<size_t, size_t>> dataset_files;
  std::map<std::string, size_t> study_ids;

  /// Fills dataset_files and study_ids from `studies` (the loader does, once all are read).
  void build_index();
  /// The study with id `id`, or nullptr. Uses study_ids when indexed, else looks through all.
  const Study* find_study(const std::string& id) const;
  /// The first dataset read from `file` in any study, or nullptr. Uses dataset_files when
  /// indexed, else looks through every study.
  const Dataset* find_dataset(const std::string& file) const;
  /// The study that declares `file` first, or nullptr.
  const Study* study_of_dataset(const std::string& file) const;
};

}  // namespace qala
