#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "build/cache_store.h"
#include "build/node_record.h"
#include "build/progress.h"
#include "check/check_report.h"
#include "core/model.h"
#include "core/phase_timings.h"
#include "plan/build_plan.h"
#include "render/render_site.h"
#include "run/method_registry.h"
#include "run/run_results.h"

namespace qala {

/// The state one build shares between its steps: the cache, the last build's manifest, the
/// records of this build's nodes, and which nodes ran and why.
struct IncrementalBuild {
  IncrementalBuild(CacheStore store, int thread_count, Progress* progress_line);

  PhaseTimings timings;  // wall time of each step, for --timings; first, to time the others
  CacheStore cache;
  BuildManifest before;  // the last successful build's nodes
  BuildManifest now;     // this build's nodes, written as the manifest when it succeeds
  std::vector<RanNode> ran;
  int jobs = 1;
  Progress* progress = nullptr;
  std::string identity;  // the tool's identity in page keys (build_identity)
  size_t nodes_seen = 0;

  /// Puts this build's manifest (for the next build's --explain) into the cache, in memory. A
  /// large site's manifest takes a while to encode: this may run on a thread of its own while
  /// the output is written, once no node is added to `now`.
  void record_manifest();
  /// record_manifest() unless done, then saves the cache.
  void commit();

 private:
  bool manifest_recorded_ = false;

 public:
};

/// The analysis nodes of `plan`: each result taken from the cache under its node key, or run
/// and stored. Studies run in parallel (a study's analyses in plan order, since they may read
/// each other); the results are the same as run_analyses.
RunResults run_analyses_incrementally(const BuildPlan& plan, const MethodRegistry& methods,
                                      IncrementalBuild& build);

/// The checks nodes: each study's checks from the cache, or checked and stored. The same report
/// as run_checks.
CheckReport run_checks_incrementally(const BuildPlan& plan, const RunResults& results,
                                     IncrementalBuild& build);

/// What the last build left (the output folder of `qala build`, the last snapshot of
/// `qala serve`): whether the file it wrote at a site path is still there as the manifest
/// recorded it (`recorded`: "hash:<content hash>", or what a PageSink returned), and its bytes.
struct PreviousOutput {
  std::function<bool(const std::string& path, const std::string& recorded)> kept;
  std::function<std::optional<std::string>(const std::string& path)> read;
};

/// Receives each templated page as soon as it is ready (from any thread), so a build can write
/// it and drop its bytes instead of holding every page until the end. Returns how the manifest
/// records the file written (for PreviousOutput::kept next time).
using PageSink = std::function<std::string(const Page& page)>;

/// Every page of list_pages in parallel, each keyed by its template (with partials), its view
/// and the tool's identity; then finish_site. The same pages, in the same order, as
/// render_site. A page whose key is the last build's and whose output `previous` still has as
/// the manifest recorded it is not rendered again but kept (marked `unchanged`; its bytes are
/// read only when they are not handed to a sink, which links the old file). When `fingerprint`
/// (input_fingerprint) equals the last build's, that is done without building the views; "" turns
/// that shortcut off. With a `sink` (and no
/// --allow-fallback, whose marks are resolved over all pages at the end), each page goes to it
/// and is returned with `written` set and no content.
std::vector<Page> render_pages_incrementally(const SiteInputs& site, IncrementalBuild& build,
                                             const std::string& fingerprint = "",
                                             const PreviousOutput& previous = {},
                                             const PageSink& sink = {});

}  // namespace qala
