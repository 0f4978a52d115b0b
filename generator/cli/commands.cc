#include "cli/commands.h"

#include <cstdio>
#include <filesystem>

#include <fmt/format.h>

#include "check/report_json.h"
#include "check/report_text.h"
#include "cli/pipeline.h"
#include "core/error.h"
#include "render/committee_report.h"
#include "render/render_site.h"
#include "run/method_registry.h"
#include "write/atomic_output.h"
#include "write/pdf_print.h"

namespace qala {
namespace {

int finish_checks(const CommandOptions& options, const PipelineState& state) {
  std::fputs(report_text(state.report).c_str(), stdout);
  if (!options.json.empty()) {
    write_file_atomically(options.json, report_json(state.report, state.results));
  }
  return state.report.summary.not_ok == 0 ? 0 : 1;
}

std::string checks_line(const CheckSummary& s) {
  return fmt::format(
      "{} of {} checks came out as their golden entries expect ({} reproduced, {} "
      "known discrepancies, {} unavailable)",
      s.total() - s.not_ok, s.total(), s.reproduced, s.differs, s.unavailable);
}

}  // namespace

int command_check(const CommandOptions& options) {
  PipelineState state;
  run_to_checks(options.root, state, LoadOptions{options.allow_fallback});
  int code = finish_checks(options, state);
  std::printf("\n%s.\n", checks_line(state.report.summary).c_str());
  return code;
}

int command_build(const CommandOptions& options) {
  PipelineState state;
  run_to_checks(options.root, state, LoadOptions{options.allow_fallback});
  // The report page links to its PDF only when Chromium is there to print it.
  std::string chromium;
  if (options.pdf && programme_study(state.project)) {
    chromium = find_chromium();
    if (chromium.empty())
      std::fprintf(stderr,
                   "qala: warning: --pdf: no chromium on PATH; the report is written without a "
                   "PDF\n");
  }
  state.project.site.report_pdf = !chromium.empty();
  // Render everything before touching the output folder: a failure leaves the old site intact.
  RenderOptions render;
  render.allow_fallback = options.allow_fallback;
  render.warn = [](const std::string& warning) { std::fprintf(stderr, "%s\n", warning.c_str()); };
  std::vector<Page> pages = render_site(state.project, state.results, state.report, render);
  std::vector<OutputFile> files;
  files.reserve(pages.size() + 1);
  size_t html = 0;
  for (auto& page : pages) {
    if (page.path.size() > 5 && page.path.compare(page.path.size() - 5, 5, ".html") == 0) ++html;
    files.push_back({std::move(page.path), std::move(page.content)});
  }
  files.push_back({"reproducibility/report.json", report_json(state.report, state.results)});
  int code = finish_checks(options, state);
  std::vector<std::string> printed;
  if (!chromium.empty())
    for (const auto& lang : state.project.site.languages)
      printed.push_back(lang + "/" + kCommitteePath);
  write_tree_atomically(options.out, files, [&](const std::string& fresh) {
    if (!printed.empty()) print_pages_to_pdf(chromium, fresh, printed, kCommitteePdfName);
  });
  std::string where = std::filesystem::path(options.out).lexically_normal().string();
  std::printf("\nSite written to %s/ (%zu pages in %zu languages, open %s/index.html); %s.\n",
              where.c_str(), html, state.project.site.languages.size(), where.c_str(),
              checks_line(state.report.summary).c_str());
  return code;
}

int command_methods() {
  for (const auto& m : builtin_methods().all())
    std::printf("%-24s %s\n", m.name.c_str(), m.summary.c_str());
  return 0;
}

}  // namespace qala
