#include "cli/pipeline.h"

#include <fmt/format.h>

#include "build/build_identity.h"
#include "build/parse_memo_cache.h"
#include "load/file_source.h"
#include "load/project_loader.h"
#include "run/method_registry.h"

namespace qala {

void run_to_checks(const std::string& root, PipelineState& state, IncrementalBuild& build,
                   const LoadOptions& load) {
  DiskFileSource files(root);
  CachedParseMemo parses(build.cache, build.identity);
  if (build.cache.enabled()) files.remember_parses_in(&parses);
  LoadOptions options = load;
  options.jobs = build.jobs;
  state.project = load_project(files, options);
  parses.flush();
  state.project.root = root;
  if (build.cache.enabled())
    build.timings.note(fmt::format("YAML files: {} parsed, {} read from the cache", parses.parsed(),
                                   parses.found()));
  build.timings.lap("load");
  const MethodRegistry& methods = builtin_methods();
  state.plan = make_plan(state.project, methods.names(), build.identity);
  build.timings.lap("plan");
  state.results = run_analyses_incrementally(state.plan, methods, build);
  build.timings.lap("analyses");
  state.report = run_checks_incrementally(state.plan, state.results, build);
  build.timings.lap("checks");
}

void run_to_checks(const std::string& root, PipelineState& state, const LoadOptions& load) {
  IncrementalBuild build(CacheStore(""), 1, nullptr);
  run_to_checks(root, state, build, load);
}

}  // namespace qala
