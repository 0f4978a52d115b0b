#include "cli/commands.h"

#include <cstdio>
#include <filesystem>
#include <future>

#include <fmt/format.h>

#include "build/build_identity.h"
#include "build/build_memo.h"
#include "build/input_fingerprint.h"
#include "check/report_json.h"
#include "check/report_text.h"
#include "cli/pipeline.h"
#include "cli/site_build.h"
#include "core/error.h"
#include "core/hash.h"
#include "core/phase_timings.h"
#include "render/committee_report.h"
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
      "{} of {} checks came out as their golden entries expect "
      "({} reproduced, {} "
      "known discrepancies, {} unavailable)",
      s.total() - s.not_ok, s.total(), s.reproduced, s.differs, s.unavailable);
}

}  // namespace

int command_check(const CommandOptions& options) {
  Progress progress(options.progress);
  IncrementalBuild build = make_incremental_build(options, &progress);
  PipelineState state;
  run_to_checks(options.root, state, build, LoadOptions{options.allow_fallback});
  progress.finish();
  build.commit();
  if (options.explain) std::fputs(explain_text(build).c_str(), stdout);
  int code = finish_checks(options, state);
  std::printf("\n%s.\n", checks_line(state.report.summary).c_str());
  return code;
}

int command_build(const CommandOptions& options) {
  PhaseTimings timings;
  // An option that changes what is written is part of the fingerprint.
  std::string fingerprint = input_fingerprint(options.root, build_identity()) +
                            (options.pdf ? "+pdf" : "") +
                            (options.allow_fallback ? "+fallback" : "");
  // Nothing changed since the last build wrote this folder: repeat what it said. Checked before
  // the last build's manifest is read, which is large on a large site.
  if (options.json.empty() && !options.no_cache) {
    auto memo = read_build_memo(CacheStore(default_cache_dir(options.root)), options.out);
    if (memo && memo->fingerprint == fingerprint && memo->out_stamp == out_dir_stamp(options.out) &&
        !memo->out_stamp.empty()) {
      std::fputs(memo->printed.c_str(), stdout);
      if (options.explain)
        std::printf("0 of %ld nodes ran; no input changed since the build that wrote %s.\n",
                    memo->nodes, options.out.c_str());
      timings.lap("input fingerprint, memo (no input changed)");
      if (options.timings) std::fputs(timings.text().c_str(), stderr);
      return memo->exit_code;
    }
  }
  timings.lap("input fingerprint, memo");
  Progress progress(options.progress);
  IncrementalBuild build = make_incremental_build(options, &progress);
  build.timings.continue_from(timings);
  // Pages are written as they are rendered, into a fresh folder beside the
  // output one; only commit() below puts it in place, so a failure leaves the
  // old site intact.
  const std::string cache_dir = default_cache_dir(options.root);
  const std::string spare = options.no_cache ? "" : spare_site_dir(cache_dir, options.out);
  OutputTree tree(options.out, spare);
  SiteBuild site;
  build_site(
      options, build, site, fingerprint,
      PreviousOutput{[&](const std::string& path, const std::string& recorded) {
                       if (recorded.rfind("hash:", 0) != 0)
                         return output_stamp(options.out, path) == recorded;
                       auto bytes = read_output_file(options.out, path);
                       return bytes && "hash:" + content_hash(*bytes) == recorded;
                     },
                     [&](const std::string& path) { return read_output_file(options.out, path); }},
      &tree);
  const PipelineState& state = site.state;
  int code = state.report.summary.not_ok == 0 ? 0 : 1;
  if (!options.json.empty())
    write_file_atomically(options.json, report_json(state.report, state.results));
  std::vector<std::string> to_print;
  if (!site.chromium.empty())
    for (const auto& lang : state.project.site.languages)
      to_print.push_back(lang + "/" + kCommitteePath);
  // Only a build that gets as far as commit() below saves it, so --explain compares with a
  // whole build; encoding it can start now.
  auto manifest = std::async(std::launch::async, [&build] { build.record_manifest(); });
  tree.write_all(site.files, build.jobs);
  build.timings.lap("other files");
  tree.commit(
      [&](const std::string& fresh) {
        if (!to_print.empty())
          print_pages_to_pdf(site.chromium, fresh, to_print, kCommitteePdfName);
      },
      build.jobs);
  if (!spare.empty()) prune_spare_sites(cache_dir, spare);
  build.timings.lap("swap in the new site");
  std::string where = std::filesystem::path(options.out).lexically_normal().string();
  std::string printed =
      report_text(state.report) + fmt::format(
                                      "\nSite written to {}/ ({} pages in {} languages, open "
                                      "{}/index.html); {}.\n",
                                      where, site.html_pages, state.project.site.languages.size(),
                                      where, checks_line(state.report.summary));
  write_build_memo(build.cache, options.out,
                   {fingerprint, out_dir_stamp(options.out), code, printed,
                    static_cast<long>(build.nodes_seen)});
  manifest.get();
  build.commit();
  build.timings.lap("save the cache");
  std::fputs(printed.c_str(), stdout);
  if (options.explain) std::fputs(explain_text(build).c_str(), stdout);
  if (options.timings) std::fputs(build.timings.text().c_str(), stderr);
  return code;
}

int command_methods() {
  for (const auto& m : builtin_methods().all())
    std::printf("%-24s %s\n", m.name.c_str(), m.summary.c_str());
  return 0;
}

}  // namespace qala
