#pragma once
#include <string>
#include <vector>

#include "run/method.h"

namespace qala {

/// Helpers methods use to read their parameters; each throws InputError at the parameter.

/// The numeric column `params[key]` names in the call's table.
const std::vector<double>& column_param(const MethodCall& call, const std::string& key);
/// A number written in place, or `{ref: analysis/path}` naming a number another analysis
/// computed.
double number_param(const MethodCall& call, const std::string& key);
double number_param_or(const MethodCall& call, const std::string& key, double fallback);
std::string text_param(const MethodCall& call, const std::string& key);
std::string text_param_or(const MethodCall& call, const std::string& key, std::string fallback);
/// Resolves a `{ref: ...}` or number Value to its number.
double resolve_number(const MethodCall& call, const Value& value);
/// The result `{ref: analysis}` in `params[key]` names.
const Result& result_param(const MethodCall& call, const std::string& key);
/// Requires a dataset; throws InputError when the analysis names none.
const Table& require_table(const MethodCall& call);

}  // namespace qala
