#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/source_location.h"
#include "core/table.h"
#include "core/value.h"

namespace qala {

/// What a registered method receives: its dataset (if the analysis names one), its parameters,
/// and read access to the results of the analyses it depends on.
struct MethodCall {
  const Table* table = nullptr;
  const Value& params;
  /// The finished result of another analysis of the same study, looked up by id. Only analyses
  /// reachable through `{ref: ...}` parameters are guaranteed to have run.
  std::function<const Result*(const std::string& analysis_id)> result_of;
  SourceLocation where;  // the analysis entry in the study file
};

/// A statistics method as a study calls it by name (`method: trend`).
struct MethodInfo {
  std::string name;
  /// One line for `qala methods` and the methods page.
  std::string summary;
  /// Parameter names the method accepts, to reject typos with a "did you mean".
  std::vector<std::string> params;
  std::function<Result(const MethodCall&)> run;
};

}  // namespace qala
