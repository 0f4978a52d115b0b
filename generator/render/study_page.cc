#include "render/study_page.h"

#include "render/check_view.h"
#include "render/citation.h"
#include "render/data_table.h"
#include "render/page_text.h"

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
  mstch::array checks;
  mstch::array notes;
};

mstch::array reproduced_tables(const Study& study, const CheckReport& report,
                               const std::string& lang) {
  std::vector<Group> groups;  // in order of first appearance in the golden file
  int note_number = 0;
  for (const auto& check : report.checks) {
    if (check.study != study.id) continue;
    Group* group = nullptr;
    for (auto& g : groups)
      if (g.table == check.source.table) group = &g;
    if (group == nullptr) group = &groups.emplace_back(Group{check.source.table, "", {}, {}});
    if (group->page.empty()) group->page = check.source.page;
    mstch::map row = check_view(check, lang);
    std::string note_anchor = "note-" + check.study + "-" + check.id;
    if (!check.reason.empty()) {
      ++note_number;
      row.emplace("note_number", std::to_string(note_number));
      row.emplace("note_anchor", note_anchor);
      group->notes.push_back(mstch::map{{"number", std::to_string(note_number)},
                                        {"anchor", note_anchor},
                                        {"check_anchor", "row-" + check_anchor(check)},
                                        {"reason", check.reason}});
    }
    row.emplace("row_anchor", "row-" + check_anchor(check));
    group->checks.push_back(row);
  }
  mstch::array out;
  for (auto& g : groups)
    out.push_back(mstch::map{{"table", g.table},
                             {"anchor", "reproduced-" + slug(g.table)},
                             {"page", g.page},
                             {"has_page", !g.page.empty()},
                             {"checks", g.checks},
                             {"notes", g.notes},
                             {"has_notes", !g.notes.empty()}});
  return out;
}

}  // namespace

std::string study_page_path(const Study& study) { return "studies/" + study.id + "/index.html"; }

mstch::map study_view(const Project& project, const Study& study, const RunResults& results,
                      const CheckReport& report, const Strings& strings) {
  const std::string& lang = strings.lang();
  mstch::array datasets;
  for (const auto& dataset : study.datasets)
    datasets.push_back(dataset_view(dataset, project, strings));
  mstch::array groups = reproduced_tables(study, report, lang);
  auto summary = report.by_study.find(study.id);
  (void)results;
  return mstch::map{
      {"id", study.id},
      {"citation", citation_view(study, strings)},
      {"text_html", study_text_html(project, study, lang)},
      {"datasets", datasets},
      {"has_datasets", !datasets.empty()},
      {"groups", groups},
      {"has_groups", !groups.empty()},
      {"summary",
       summary_view(summary == report.by_study.end() ? CheckSummary{} : summary->second, lang)},
      {"charts_html", std::string()},
  };
}

}  // namespace qala
