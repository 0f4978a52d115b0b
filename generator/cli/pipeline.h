#pragma once
#include <string>

#include "build/incremental_build.h"
#include "check/check_report.h"
#include "core/model.h"
#include "load/project_loader.h"
#include "plan/build_plan.h"
#include "run/run_results.h"

namespace qala {

/// Everything one run of the pipeline produced, up to the checks.
struct PipelineState {
  Project project;
  BuildPlan plan;
  RunResults results;
  CheckReport report;
};

/// load -> plan -> run -> check for the project at `root`, taking unchanged analyses and checks
/// from `build`'s cache. Throws InputError for bad input.
/// The state is filled in place because the plan and checks point into the project.
void run_to_checks(const std::string& root, PipelineState& state, IncrementalBuild& build,
                   const LoadOptions& load = {});

/// The same without a cache, on one thread (for tests and tools).
void run_to_checks(const std::string& root, PipelineState& state, const LoadOptions& load = {});

}  // namespace qala
