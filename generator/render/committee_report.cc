#include "render/committee_report.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "render/citation.h"
#include "render/collation.h"
#include "render/committee_chart.h"
#include "render/home_data.h"
#include "render/html.h"
#include "render/i18n.h"
#include "render/number_format.h"
#include "render/overview_pages.h"
#include "render/page_text.h"

namespace qala {
namespace {

constexpr const char* kOutputs = "data/p001/outputs.csv";
constexpr const char* kOutputKinds = "data/p001/output-kinds.csv";
constexpr const char* kPublications = "data/p001/publications.csv";
constexpr const char* kPatents = "data/p001/patents.csv";
constexpr const char* kActs = "data/p001/implementation-acts.csv";
constexpr const char* kTeam = "data/p001/team.csv";
constexpr const char* kSubprogrammes = "data/p001/subprogrammes.csv";
constexpr const char* kSubprogrammeResults = "data/p001/subprogramme-results.csv";

/// The years of outputs.csv, in order; the row without a year is the whole period.
std::vector<int> years_of(const Table& table) {
  std::vector<int> years;
  for (size_t row = 0; row < table.row_count(); ++row) {
    double y = cell_number(table, "year", row);
    if (std::isfinite(y) &&
        std::find(years.begin(), years.end(), static_cast<int>(y)) == years.end())
      years.push_back(static_cast<int>(y));
  }
  std::sort(years.begin(), years.end());
  return years;
}

/// Output kind id -> label in the page's language, in the order of output-kinds.csv.
std::vector<std::pair<std::string, std::string>> output_kinds(const Project& project,
                                                              const Table& outputs,
                                                              const std::string& lang) {
  std::vector<std::pair<std::string, std::string>> kinds;
  if (const Dataset* d = find_dataset_file(project, kOutputKinds))
    for (size_t row = 0; row < d->table.row_count(); ++row)
      kinds.emplace_back(cell_text(d->table, "output", row),
                         localized_cell(d->table, "label", row, lang));
  for (size_t row = 0; row < outputs.row_count(); ++row) {
    std::string id = cell_text(outputs, "output", row);
    bool known = false;
    for (const auto& [k, label] : kinds) known = known || k == id;
    if (!known) kinds.emplace_back(id, id);
  }
  return kinds;
}

/// A count cell: the number, or an empty mark when the brief reports none (not zero).
view::Map count_cell(double v, const std::string& lang) {
  bool has = std::isfinite(v);
  return view::Map{{"value", has ? format_fixed(v, 0, lang) : std::string()},
                   {"has_value", has},
                   {"sort", has ? format_shortest(v, "en", false) : std::string("-1")}};
}

/// The planned (or achieved) number of `kind` in `year` (0 = the whole period); NaN if none.
double output_value(const Table& t, const std::string& kind, int year, const std::string& col) {
  for (size_t row = 0; row < t.row_count(); ++row) {
    if (cell_text(t, "output", row) != kind) continue;
    double y = cell_number(t, "year", row);
    if ((year == 0 && std::isnan(y)) || (year != 0 && y == year)) return cell_number(t, col, row);
  }
  return std::nan("");
}

view::Map outputs_view(const Project& project, const Dataset& outputs, const Strings& t,
                       std::string* chart_html) {
  const Table& table = outputs.table;
  const std::string& lang = t.lang();
  std::vector<int> years = years_of(table);
  years.push_back(0);  // the whole period last
  view::Array heads;
  for (int year : years)
    heads.push_back(
        view::Map{{"year", year == 0 ? t.get("committee.whole_period") : std::to_string(year)}});

  std::vector<double> planned_sum(years.size(), 0), achieved_sum(years.size(), 0);
  std::vector<bool> any_achieved(years.size(), false);
  view::Array rows;
  GroupedBarChart chart;
  chart.id = "outputs-chart";
  const auto kinds = output_kinds(project, table, lang);
  // The row's place in this language's alphabet (ICU): browsers may lack Kazakh collation.
  std::vector<std::string> labels;
  for (const auto& kind_label : kinds) labels.push_back(kind_label.second);
  std::vector<size_t> rank(labels.size());
  const std::vector<size_t> order = collation_order(labels, lang);
  for (size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  size_t row_index = 0;
  for (const auto& [kind, label] : kinds) {
    view::Array cells;
    for (size_t i = 0; i < years.size(); ++i) {
      double planned = output_value(table, kind, years[i], "planned");
      double achieved = output_value(table, kind, years[i], "achieved");
      if (std::isfinite(planned)) planned_sum[i] += planned;
      if (std::isfinite(achieved)) {
        achieved_sum[i] += achieved;
        any_achieved[i] = true;
      }
      cells.push_back(view::Map{{"planned", count_cell(planned, lang)},
                                {"achieved", count_cell(achieved, lang)}});
      // The chart compares plan and achievement in the years with reported results.
      if (years[i] != 0 && std::isfinite(achieved))
        chart.groups.push_back(
            {label + " (" + std::to_string(years[i]) + ")", {planned, achieved}});
    }
    rows.push_back(view::Map{{"kind", kind},
                             {"label", label},
                             {"sort", std::to_string(rank[row_index++])},
                             {"cells", cells}});
  }
  view::Array totals;
  for (size_t i = 0; i < years.size(); ++i)
    totals.push_back(view::Map{
        {"planned", count_cell(planned_sum[i], lang)},
        {"achieved", count_cell(any_achieved[i] ? achieved_sum[i] : std::nan(""), lang)}});

  chart.title = t.get("committee.chart_title");
  chart.desc = t.get("committee.chart_desc");
  chart.label_header = t.get("committee.output");
  chart.series = {t.get("committee.planned"), t.get("committee.achieved")};
  *chart_html = chart.groups.empty()
                    ? ""
                    : grouped_bar_chart_html(chart, lang, t.get("committee.chart_table"));
  return view::Map{
      {"years", heads}, {"rows", rows}, {"totals", totals}, {"source", t.get("committee.source")}};
}

/// Every row of `file` as a map of its columns (texts as they are in the CSV).
view::Array rows_of(const Project& project, const char* file,
                    const std::vector<std::string>& columns) {
  view::Array rows;
  const Dataset* d = find_dataset_file(project, file);
  if (!d) return rows;
  for (size_t row = 0; row < d->table.row_count(); ++row) {
    view::Map entry;
    for (const auto& column : columns) {
      std::string text = cell_text(d->table, column, row);
      entry.emplace(column, text);
      entry.emplace("has_" + column, !text.empty());
    }
    rows.push_back(entry);
  }
  return rows;
}

view::Array publications_view(const Project& project, const Strings& t) {
  view::Array groups;
  const Dataset* pubs = find_dataset_file(project, kPublications);
  const Dataset* outputs = find_dataset_file(project, kOutputs);
  if (!pubs) return groups;
  std::vector<std::pair<std::string, std::string>> kinds =
      output_kinds(project, outputs ? outputs->table : Table{}, t.lang());
  // Kinds the publications list but output-kinds.csv does not name keep their id as label.
  for (size_t row = 0; row < pubs->table.row_count(); ++row) {
    std::string kind = cell_text(pubs->table, "kind", row);
    bool known = false;
    for (const auto& [k, label] : kinds) known = known || k == kind;
    if (!known) kinds.emplace_back(kind, t.get_or("committee.kinds." + kind, kind));
  }
  for (const auto& [kind, label] : kinds) {
    view::Array items;
    for (size_t row = 0; row < pubs->table.row_count(); ++row) {
      if (cell_text(pubs->table, "kind", row) != kind) continue;
      view::Map item;
      for (const char* column :
           {"authors", "title", "venue", "year", "issue", "pages", "doi", "url"}) {
        std::string text = cell_text(pubs->table, column, row);
        item.emplace(column, text);
        item.emplace(std::string("has_") + column, !text.empty());
      }
      std::string doi = cell_text(pubs->table, "doi", row);
      item.emplace("doi_href", "https://doi.org/" + doi);
      // Only a web address becomes a link; anything else is shown as text.
      std::string url = web_url(cell_text(pubs->table, "url", row));
      item.insert_or_assign("url_href", url);
      item.insert_or_assign("has_url_href", !url.empty());
      items.push_back(item);
    }
    if (items.empty()) continue;
    groups.push_back(
        view::Map{{"label", label},
                  {"count", format_fixed(static_cast<double>(items.size()), 0, t.lang())},
                  {"items", items}});
  }
  return groups;
}

view::Array subprogrammes_view(const Project& project, const Strings& t) {
  view::Array out;
  const Dataset* subs = find_dataset_file(project, kSubprogrammes);
  if (!subs) return out;
  const Dataset* results = find_dataset_file(project, kSubprogrammeResults);
  for (size_t row = 0; row < subs->table.row_count(); ++row) {
    std::string number = cell_text(subs->table, "number", row);
    bool aim_en = false;
    std::string aim = localized_cell(subs->table, "aim", row, t.lang(), &aim_en);
    view::Array achieved;
    if (results)
      for (size_t r = 0; r < results->table.row_count(); ++r)
        if (cell_text(results->table, "subprogramme", r) == number &&
            cell_text(results->table, "stage", r) == "achieved") {
          bool en = false;
          achieved.push_back(view::Map{
              {"text", localized_cell(results->table, "text", r, t.lang(), &en)}, {"en", en}});
        }
    out.push_back(view::Map{{"number", number},
                            {"title", localized_cell(subs->table, "title", row, t.lang())},
                            {"aim", aim},
                            {"aim_en", aim_en},
                            {"achieved", achieved},
                            {"has_achieved", !achieved.empty()}});
  }
  return out;
}

view::Map studies_view(const Project& project, const CheckReport& report, const Strings& t,
                       const std::string& root) {
  view::Array studies;
  CheckSummary all;
  for (const auto& study : project.studies) {
    auto it = report.by_study.find(study.id);
    CheckSummary s = it == report.by_study.end() ? CheckSummary{} : it->second;
    all.reproduced += s.reproduced;
    all.differs += s.differs;
    all.unavailable += s.unavailable;
    const std::string& lang = t.lang();
    studies.push_back(
        view::Map{{"id", study.id},
                  {"title", localized(study.paper.title, lang, SourceLocation{study.file, 0, 0},
                                      "the paper's title under 'paper: title:'")},
                  {"short", short_citation(study.paper, t)},
                  {"report_href", root + lang + "/" + kReportPath + "#study-" + study.id},
                  {"reproduced", format_fixed(s.reproduced, 0, lang)},
                  {"differs", format_fixed(s.differs, 0, lang)},
                  {"unavailable", format_fixed(s.unavailable, 0, lang)},
                  {"total", format_fixed(s.total(), 0, lang)}});
  }
  const std::string& lang = t.lang();
  return view::Map{{"rows", studies},
                   {"reproduced", format_fixed(all.reproduced, 0, lang)},
                   {"differs", format_fixed(all.differs, 0, lang)},
                   {"unavailable", format_fixed(all.unavailable, 0, lang)},
                   {"total", format_fixed(all.total(), 0, lang)}};
}

}  // namespace

const Study* programme_study(const Project& project) { return project.study_of_dataset(kOutputs); }

view::Map committee_view(const Project& project, const CheckReport& report, const Strings& t,
                         const std::string& root) {
  const Study* study = programme_study(project);
  const Dataset* outputs = find_dataset_file(project, kOutputs);
  view::Map view{
      {"intro_html",
       project.pages.count("report") ? page_html(project, "report", t) : std::string()},
      {"has_pdf", project.site.report_pdf},
      {"pdf_href", std::string(kCommitteePdfName)},
      {"subprogrammes", subprogrammes_view(project, t)},
      {"publications", publications_view(project, t)},
      {"patents", rows_of(project, kPatents, {"position", "authors", "title", "number", "date"})},
      {"acts", rows_of(project, kActs, {"position", "organisation", "city", "year", "subject"})},
      {"team",
       rows_of(project, kTeam,
               {"position", "name", "role", "degree_title", "affiliation", "h_index", "orcid"})},
      {"studies", studies_view(project, report, t, root)},
      {"en", t.lang() != "en"},
  };
  if (study) {
    view.emplace("programme",
                 localized(study->paper.title, t.lang(), SourceLocation{study->file, 0, 0},
                           "the paper's title under 'paper: title:'"));
    view.emplace("cite", short_citation(study->paper, t));
  }
  if (outputs) {
    std::string chart;
    view.emplace("outputs", outputs_view(project, *outputs, t, &chart));
    view.emplace("chart_html", chart);
  }
  return view;
}

}  // namespace qala
