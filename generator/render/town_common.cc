#include "render/town_common.h"

#include "core/printed_number.h"
#include "render/check_view.h"
#include "render/citation.h"
#include "render/number_format.h"
#include "render/overview_pages.h"

namespace qala {

std::string town_page_path(const Town& town) { return "towns/" + town.slug + "/index.html"; }
std::string investment_page_dir(const Town& town) { return "towns/" + town.slug + "/investment/"; }
std::string investment_page_path(const Town& town) {
  return investment_page_dir(town) + "index.html";
}

std::string text_in(const Localized& text, const std::string& lang) {
  auto it = text.find(lang);
  return it == text.end() ? "" : it->second;
}

std::string town_name(const Town& town, const std::string& lang) {
  std::string name = text_in(town.name, lang);
  return name.empty() ? text_in(town.name, "en") : name;
}

std::string source_name(const std::string& id, const Project& project, const Strings& strings) {
  const Study* study = project.find_study(id);
  return study == nullptr ? id : short_citation(study->paper, strings);
}

std::string dataset_source(const Dataset* dataset, const Project& project, const Strings& strings) {
  if (dataset == nullptr) return "";
  if (project.find_study(dataset->source.paper) == nullptr)
    return text_in(dataset->title, strings.lang()) + " (" + dataset->file + ")";
  std::string text = source_name(dataset->source.paper, project, strings);
  if (!dataset->source.table.empty())
    text += ", " + localize_source_name(dataset->source.table, strings);
  return text;
}

std::optional<int> TownClustering::cluster_of(const std::string& town) const {
  auto value = result->get("clusters/" + town);
  if (!value) return std::nullopt;
  return static_cast<int>(*value);
}

std::vector<std::string> TownClustering::members_like(const std::string& town) const {
  std::vector<std::string> out;
  auto mine = cluster_of(town);
  if (!mine) return out;
  for (const auto& other : result->children("clusters"))
    if (other != town && cluster_of(other) == mine) out.push_back(other);
  return out;
}

std::optional<TownClustering> find_town_clustering(const Project& project,
                                                   const RunResults& results) {
  for (const auto& study : project.studies) {
    auto of_study = results.find(study.id);
    if (of_study == results.end()) continue;
    for (const auto& analysis : study.analyses) {
      auto result = of_study->second.find(analysis.id);
      if (result != of_study->second.end() && !result->second.children("clusters").empty())
        return TownClustering{&study, &analysis, &result->second};
    }
  }
  return std::nullopt;
}

const Check* find_check(const CheckReport& report, const std::string& study,
                        const std::string& result) {
  for (const Check* check : checks_of(report, study))
    if (check->result == result) return check;
  return nullptr;
}

std::vector<const Check*> town_checks(const CheckReport& report, const std::string& town) {
  std::vector<const Check*> out;
  std::string suffix = "/" + town;
  for (const auto& check : report.checks)
    if (check.result.size() > suffix.size() &&
        check.result.compare(check.result.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.push_back(&check);
  return out;
}

view::Map town_check_view(const Check& check, const Project& project, const CheckReport& report,
                          const Strings& strings, const std::string& root) {
  view::Map view = check_view(check, strings.lang());
  view["status_label"] = strings.get("status." + std::string(to_string(check.status)));
  view["href"] = check_href(project, report, check, root, strings.lang());
  view["table"] = localize_source_name(check.source.table, strings);
  view["paper"] = std::string();
  return view;
}

std::string format_index(const TownIndex& index, const std::string& lang) {
  if (auto printed = parse_printed_number(index.printed, nullptr))
    return format_like(index.value, *printed, lang);
  return format_shortest(index.value, lang);
}

std::string index_set_label(const std::string& town_set, const Strings& strings) {
  std::string key = "towns.set_" + town_set;
  for (auto& c : key)
    if (c == '-') c = '_';
  return strings.get(key);
}

}  // namespace qala
