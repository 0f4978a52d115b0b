#include "cli/pipeline.h"

#include "check/run_checks.h"
#include "load/file_source.h"
#include "load/project_loader.h"
#include "run/method_registry.h"
#include "run/run_analyses.h"

namespace qala {

void run_to_checks(const std::string& root, PipelineState& state, const LoadOptions& load) {
  DiskFileSource files(root);
  state.project = load_project(files, load);
  state.project.root = root;
  const MethodRegistry& methods = builtin_methods();
  state.plan = make_plan(state.project, methods.names(), QALA_VERSION);
  state.results = run_analyses(state.plan, methods);
  state.report = run_checks(state.project, state.results);
}

}  // namespace qala
