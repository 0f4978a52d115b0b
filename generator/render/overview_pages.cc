#include "render/overview_pages.h"

#include "render/check_view.h"
#include "render/citation.h"
#include "render/data_table.h"
#include "render/number_format.h"
#include "render/page_text.h"
#include "render/study_page.h"

namespace qala {
namespace {

CheckSummary summary_of(const CheckReport& report, const std::string& study_id) {
  auto it = report.by_study.find(study_id);
  return it == report.by_study.end() ? CheckSummary{} : it->second;
}

const std::string& study_title(const Study& study, const std::string& lang) {
  return localized(study.paper.title, lang, SourceLocation{study.file, 0, 0},
                   "the paper's title under 'paper: title:'");
}

/// Whether a large site's report gives `study` a section of its own: it has more to show than
/// reproduced checks, or no coverage row to stand in the table of all studies.
bool needs_section(const std::string& study_id, const CheckReport& report) {
  auto coverage = report.coverage.find(study_id);
  if (coverage == report.coverage.end() || coverage->second.empty()) return true;
  CheckSummary summary = summary_of(report, study_id);
  if (summary.differs > 0 || summary.unavailable > 0 || summary.not_ok > 0) return true;
  for (const Check* check : checks_of(report, study_id))
    if (!check->reason.empty()) return true;
  return false;
}

/// What the home page and the report both say about a study.
view::Map study_entry(const Study& study, const CheckReport& report, const Strings& strings,
                      const std::string& root) {
  const std::string& lang = strings.lang();
  return view::Map{
      {"id", study.id},
      {"anchor", "study-" + study.id},
      {"title", study_title(study, lang)},
      {"short", short_citation(study.paper, strings)},
      // Under the title: the authors and year, or the year alone when the title is the name.
      {"byline", study.paper.authors.empty() ? "(" + std::to_string(study.paper.year) + ")"
                                             : short_citation(study.paper, strings)},
      {"href", root + lang + "/" + study_page_path(study)},
      {"report_href", root + lang + "/" + kReportPath + "#study-" + study.id},
      {"summary", summary_view(summary_of(report, study.id), lang)},
  };
}

}  // namespace

bool report_lists_checks(const Project& project, const CheckReport& report,
                         const std::string& study_id) {
  return project.studies.size() <= kStudiesInFull || needs_section(study_id, report);
}

std::string check_href(const Project& project, const CheckReport& report, const Check& check,
                       const std::string& root, const std::string& lang) {
  const Study* study = project.find_study(check.study);
  if (study == nullptr || report_lists_checks(project, report, check.study))
    return root + lang + "/" + kReportPath + "#" + check_anchor(check);
  return root + lang + "/" + study_page_path(*study) + "#row-" + check_anchor(check);
}

view::Map home_view(const Project& project, const CheckReport& report, const Strings& strings,
                    const std::string& root) {
  const bool large = project.studies.size() > kStudiesInFull;
  view::Array studies;
  if (!large)
    for (const auto& study : project.studies)
      studies.push_back(study_entry(study, report, strings, root));
  view::Map view{
      {"intro_html", page_html(project, "home", strings)},
      {"summary", summary_view(report.summary, strings.lang())},
      {"has_studies", !project.studies.empty()},
  };
  if (large)
    view.emplace("many_studies",
                 view::Map{{"count", format_fixed(static_cast<double>(project.studies.size()), 0,
                                                  strings.lang())},
                           {"href", root + strings.lang() + "/" + kReportPath + "#all-studies"}});
  // Moved in, not listed above: an initializer list would copy every study's entry.
  view.emplace("studies", std::move(studies));
  return view;
}

view::Map report_view(const Project& project, const CheckReport& report, const Strings& strings,
                      const std::string& root) {
  const std::string& lang = strings.lang();
  const bool large = project.studies.size() > kStudiesInFull;
  view::Array studies, all_tables;
  for (const auto& study : project.studies) {
    const bool own_section = !large || needs_section(study.id, report);
    if (large) {
      auto coverage = report.coverage.find(study.id);
      if (coverage != report.coverage.end()) {
        const std::string href = root + lang + "/" + study_page_path(study);
        bool first = true;
        for (const auto& table : coverage->second) {
          view::Map row = coverage_view(table, lang);
          row.insert_or_assign("table", localize_source_name(table.table, strings));
          row.emplace("study_title", study_title(study, lang));
          row.emplace("study_href", href);
          row.emplace("row_id", first && !own_section ? "study-" + study.id : std::string());
          row.emplace("section_href", own_section ? "#study-" + study.id : std::string());
          all_tables.push_back(std::move(row));
          first = false;
        }
      }
    }
    if (!own_section) continue;
    view::Map entry = study_entry(study, report, strings, root);
    view::Array checks, findings, coverage;
    for (const Check* check : checks_of(report, study.id)) {
      view::Map row = check_view(*check, strings.lang());
      row.insert_or_assign("table", localize_source_name(check->source.table, strings));
      if (check->status == CheckStatus::kDiffers) findings.push_back(row);
      checks.push_back(std::move(row));
    }
    if (auto it = report.coverage.find(study.id); it != report.coverage.end())
      for (const auto& table : it->second) {
        view::Map row = coverage_view(table, strings.lang());
        row.insert_or_assign("table", localize_source_name(table.table, strings));
        coverage.push_back(std::move(row));
      }
    entry.emplace("has_checks", !checks.empty());
    entry.emplace("checks", std::move(checks));
    entry.emplace("has_findings", !findings.empty());
    entry.emplace("findings", std::move(findings));
    entry.emplace("has_coverage", !coverage.empty());
    entry.emplace("coverage", std::move(coverage));
    studies.push_back(std::move(entry));
  }
  view::Map view{
      {"intro_html", page_html(project, "reproducibility", strings)},
      {"summary", summary_view(report.summary, strings.lang())},
      {"has_studies", !studies.empty()},
      {"has_all_tables", large},
  };
  if (large) view.emplace("filter", table_filter("all-studies", strings.get("table_filter.label")));
  view.emplace("studies", std::move(studies));
  view.emplace("all_tables", std::move(all_tables));
  return view;
}

}  // namespace qala
