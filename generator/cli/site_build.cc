#include "cli/site_build.h"

#include <cstdio>
#include <future>

#include <fmt/format.h>

#include "build/input_fingerprint.h"
#include "check/report_json.h"
#include "core/parallel.h"
#include "render/committee_report.h"
#include "render/render_site.h"
#include "write/pdf_print.h"

namespace qala {

IncrementalBuild make_incremental_build(const CommandOptions& options, Progress* progress) {
  std::string cache_dir = options.no_cache ? "" : default_cache_dir(options.root);
  int jobs = options.jobs > 0 ? options.jobs : default_jobs();
  return IncrementalBuild(CacheStore(cache_dir), jobs, progress);
}

void build_site(const CommandOptions& options, IncrementalBuild& build, SiteBuild& site,
                std::string fingerprint, const PreviousOutput& previous, OutputTree* tree) {
  // Read before loading, so an edit made while this build runs is seen by the
  // next one.
  if (fingerprint.empty()) {
    fingerprint = input_fingerprint(options.root, build.identity);
    build.timings.lap("input fingerprint");
  }
  run_to_checks(options.root, site.state, build, LoadOptions{options.allow_fallback});
  // The report page links to its PDF only when Chromium is there to print it.
  if (options.pdf && programme_study(site.state.project)) {
    site.chromium = find_chromium();
    if (site.chromium.empty())
      std::fprintf(stderr,
                   "qala: warning: --pdf: no chromium on PATH; the "
                   "report is written without a "
                   "PDF\n");
  }
  site.state.project.site.report_pdf = !site.chromium.empty();
  const PipelineState& state = site.state;
  RenderOptions render;
  render.allow_fallback = options.allow_fallback;
  render.warn = [](const std::string& warning) { std::fprintf(stderr, "%s\n", warning.c_str()); };
  SiteInputs inputs = prepare_site(state.project, state.results, state.report, render);
  build.timings.lap("prepare site");
  // The JSON report is written beside the pages, on a thread of its own.
  auto json =
      std::async(std::launch::async, [&state] { return report_json(state.report, state.results); });
  PageSink sink;
  if (tree)
    sink = [tree](const Page& page) {
      return tree->write({page.path, page.content, page.unchanged});
    };
  std::vector<Page> pages = render_pages_incrementally(inputs, build, fingerprint, previous, sink);
  build.timings.lap("pages");
  site.files.reserve(pages.size() + 1);
  for (auto& page : pages) {
    if (page.path.size() > 5 && page.path.compare(page.path.size() - 5, 5, ".html") == 0)
      ++site.html_pages;
    if (!page.written)
      site.files.push_back({std::move(page.path), std::move(page.content), page.unchanged});
  }
  site.files.push_back({"reproducibility/report.json", json.get()});
  build.timings.lap("report.json (waited for)");
  if (build.progress) build.progress->finish();
}

std::string explain_text(const IncrementalBuild& build) {
  std::string out;
  for (const auto& node : build.ran) out += fmt::format("explain: {}: {}\n", node.id, node.why);
  out += fmt::format("{} of {} nodes ran; the others came from the cache.\n", build.ran.size(),
                     build.nodes_seen);
  return out;
}

}  // namespace qala
