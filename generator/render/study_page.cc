#include "render/study_page.h"

#include <algorithm>

#include "render/check_view.h"
#include "render/citation.h"
#include "render/coefficient_charts.h"
#include "render/data_table.h"
#include "render/overview_pages.h"
#include "render/page_text.h"
#include "render/trend_charts.h"
#include "render/typology_charts.h"

namespace qala {
namespace {

/// "Figure 9" -> "figure-9": an anchor made of ASCII letters, digits and '-'.
std::string slug(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

struct Group {
  std::string table;
  std::string page;
  std::vector<const Check*> checks;
};

/// The study's checks grouped by published table, in order of first appearance.
std::vector<Group> group_checks(const Study& study, const CheckReport& report) {
  std::vector<Group> groups;
  for (const Check* c : checks_of(report, study.id)) {
    const Check& check = *c;
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const Group& g) { return g.table == check.source.table; });
    if (group == groups.end())
      group = groups.insert(groups.end(), Group{check.source.table, "", {}});
    if (group->page.empty()) group->page = check.source.page;
    group->checks.push_back(&check);
  }
  return groups;
}

/// `in_report`: whether the report lists these checks, so that each row links its own there.
view::Array reproduced_tables(const Study& study, const CheckReport& report, const Strings& strings,
                              bool in_report) {
  view::Array out;
  int note_number = 0;  // notes are numbered in the order the page shows them
  for (const auto& group : group_checks(study, report)) {
    view::Array rows;
    view::Array notes;
    for (const Check* check : group.checks) {
      view::Map row = check_view(*check, strings.lang());
      std::string row_anchor = "row-" + check_anchor(*check);
      if (!check->reason.empty()) {
        std::string number = std::to_string(++note_number);
        std::string note_anchor = "note-" + check->study + "-" + check->id;
        row.emplace("note_number", number);
        row.emplace("note_anchor", note_anchor);
        notes.push_back(view::Map{{"number", number},
                                  {"anchor", note_anchor},
                                  {"check_anchor", row_anchor},
                                  {"reason", check->reason}});
      }
      row.emplace("row_anchor", row_anchor);
      row.emplace("in_report", in_report);
      rows.push_back(std::move(row));
    }
    view::Map table{{"table", localize_source_name(group.table, strings)},
                    {"anchor", "reproduced-" + slug(group.table)},
                    {"page", group.page},
                    {"has_page", !group.page.empty()},
                    {"has_notes", !notes.empty()}};
    table.emplace("checks", std::move(rows));
    table.emplace("notes", std::move(notes));
    out.push_back(std::move(table));
  }
  return out;
}

}  // namespace

std::string study_page_path(const Study& study) { return "studies/" + study.id + "/index.html"; }

view::Map study_view(const Project& project, const Study& study, const RunResults& results,
                     const CheckReport& report, const Strings& strings) {
  const std::string& lang = strings.lang();
  view::Array datasets;
  for (const auto& dataset : study.datasets)
    datasets.push_back(dataset_view(dataset, project, strings));
  view::Array groups =
      reproduced_tables(study, report, strings, report_lists_checks(project, report, study.id));
  auto summary = report.by_study.find(study.id);
  view::Array charts;
  for (auto& figure : trend_charts_html(study, results, strings))
    charts.push_back(view::Map{{"figure_html", figure}});
  view::Array typologies;
  for (auto& figure : typology_charts_html(study, results, report, strings))
    typologies.push_back(view::Map{{"figure_html", figure}});
  view::Array intervals;
  for (auto& figure : coefficient_charts_html(study, results, strings))
    intervals.push_back(view::Map{{"figure_html", figure}});
  view::Map view{
      {"id", study.id},
      {"has_typologies", !typologies.empty()},
      {"has_intervals", !intervals.empty()},
      {"citation", citation_view(study, strings)},
      {"text_html", study_text_html(project, study, strings)},
      {"has_datasets", !datasets.empty()},
      {"has_groups", !groups.empty()},
      {"summary",
       summary_view(summary == report.by_study.end() ? CheckSummary{} : summary->second, lang)},
      {"has_charts", !charts.empty()},
  };
  // Moved in: an initializer list would copy each of them.
  view.emplace("intervals", std::move(intervals));
  view.emplace("typologies", std::move(typologies));
  view.emplace("datasets", std::move(datasets));
  view.emplace("groups", std::move(groups));
  view.emplace("charts", std::move(charts));
  return view;
}

}  // namespace qala
