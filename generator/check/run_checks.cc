#include "check/run_checks.h"

#include <cmath>

#include "check/table_coverage.h"
#include "core/error.h"
#include "core/suggest.h"

namespace qala {
namespace {

double tolerance_of(const GoldenEntry& g) {
  if (g.abs_tolerance) return *g.abs_tolerance;
  if (g.rel_tolerance) return *g.rel_tolerance * std::fabs(g.printed.value);
  // The printed digits: anything that rounds to the printed text reproduces it. The small
  // relative slack absorbs binary representation of the boundary itself (0.625 printed as 0,62).
  return g.printed.half_unit() * (1 + 1e-9);
}

std::vector<std::string> all_paths(const std::map<std::string, Result>& results) {
  std::vector<std::string> out;
  for (const auto& [id, result] : results)
    for (const auto& [path, value] : result.values()) out.push_back(id + "/" + path);
  return out;
}

}  // namespace

Check compare(const GoldenEntry& g, std::optional<double> computed, std::optional<double> low,
              std::optional<double> high) {
  Check c;
  c.id = g.id;
  c.kind = g.kind;
  c.source = g.source;
  c.published = g.printed.text;
  c.expected = g.printed.value;
  c.computed = computed;
  c.tolerance = tolerance_of(g);
  c.expected_status = g.expect;
  c.reason = g.reason;
  c.result = g.result;
  c.golden = &g;
  if (!computed || std::isnan(*computed)) {
    c.status = CheckStatus::kUnavailable;
  } else if (low && high) {
    bool meets = c.expected + c.tolerance >= *low && c.expected - c.tolerance <= *high;
    c.status = meets ? CheckStatus::kReproduced : CheckStatus::kDiffers;
  } else {
    bool within = std::fabs(*computed - c.expected) <= c.tolerance;
    c.status = within ? CheckStatus::kReproduced : CheckStatus::kDiffers;
  }
  c.ok = c.status == c.expected_status;
  return c;
}

std::vector<Check> check_study(const Study& study,
                               const std::map<std::string, Result>& study_results) {
  std::vector<Check> checks;
  for (const auto& g : study.golden) {
    std::optional<double> computed, low, high;
    if (!g.result.empty()) {
      size_t slash = g.result.find('/');
      std::string analysis = g.result.substr(0, slash);
      std::string path = slash == std::string::npos ? "" : g.result.substr(slash + 1);
      auto it = study_results.find(analysis);
      if (it != study_results.end()) computed = it->second.get(path);
      if (!computed)
        throw InputError(g.where, "result '" + g.result + "' was not computed by any analysis" +
                                      did_you_mean(g.result, all_paths(study_results)));
      low = it->second.get(path + "@low");
      high = it->second.get(path + "@high");
    }
    auto scaled = [&](std::optional<double> x) -> std::optional<double> {
      if (x) return *x * g.scale;
      return x;
    };
    Check c = compare(g, scaled(computed), scaled(low), scaled(high));
    c.study = study.id;
    checks.push_back(std::move(c));
  }
  return checks;
}

void add_to_report(CheckReport& report, const Study& study, std::vector<Check> checks) {
  report.coverage[study.id] = table_coverage(study, checks);
  CheckSummary& summary = report.by_study[study.id];
  for (auto& c : checks) {
    CheckSummary& table = report.by_table[study.id][c.source.table][c.kind];
    for (CheckSummary* s : {&summary, &report.summary, &table}) {
      if (c.status == CheckStatus::kReproduced) ++s->reproduced;
      if (c.status == CheckStatus::kDiffers) ++s->differs;
      if (c.status == CheckStatus::kUnavailable) ++s->unavailable;
      if (!c.ok) ++s->not_ok;
    }
    report.checks_by_study[study.id].push_back(report.checks.size());
    report.checks.push_back(std::move(c));
  }
}

std::vector<const Check*> checks_of(const CheckReport& report, const std::string& study) {
  std::vector<const Check*> out;
  if (report.checks_by_study.empty()) {
    for (const auto& check : report.checks)
      if (check.study == study) out.push_back(&check);
    return out;
  }
  auto it = report.checks_by_study.find(study);
  if (it != report.checks_by_study.end())
    for (size_t i : it->second) out.push_back(&report.checks[i]);
  return out;
}

CheckReport run_checks(const Project& project, const RunResults& results) {
  CheckReport report;
  static const std::map<std::string, Result> no_results;
  for (const auto& study : project.studies) {
    auto found = results.find(study.id);
    const auto& study_results = found == results.end() ? no_results : found->second;
    add_to_report(report, study, check_study(study, study_results));
  }
  return report;
}

}  // namespace qala
