#pragma once
#include "core/model.h"
#include "plan/build_plan.h"
#include "run/method_registry.h"
#include "run/run_results.h"

namespace qala {

/// Runs every analysis node of `plan` in order with the registered methods. A method's failure
/// (MethodError) or a bad parameter becomes an InputError at the analysis in its study file.
RunResults run_analyses(const BuildPlan& plan, const MethodRegistry& methods);

/// Runs one analysis node; `study_results` holds the results of its study computed so far
/// (those it refers to come first in plan order).
Result run_analysis(const PlanNode& node, const MethodRegistry& methods,
                    const std::map<std::string, Result>& study_results);

/// The rows of `table` that pass an analysis's `rows:` filter ({column: {from, to}}, inclusive).
Table filter_rows(const Table& table, const Value& rows);

}  // namespace qala
