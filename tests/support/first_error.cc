// Kept apart from mini_project.cc, which the fuzz targets link without the run step.
#include "check/run_checks.h"
#include "core/error.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "run/method_registry.h"
#include "run/run_analyses.h"
#include "support/mini_project.h"

namespace qala::testing {

std::string first_error(const MemoryFileSource& files) {
  try {
    Project project = load_project(files);
    const MethodRegistry& methods = builtin_methods();
    BuildPlan plan = make_plan(project, methods.names(), "test");
    RunResults results = run_analyses(plan, methods);
    run_checks(project, results);
  } catch (const InputError& e) {
    return e.where().str() + ": " + e.message();
  }
  return "";
}

}  // namespace qala::testing
