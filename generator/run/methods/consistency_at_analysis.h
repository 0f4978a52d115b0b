#pragma once
#include "core/error.h"
#include "run/method.h"

namespace qala {

/// Runs `f`, turning a MethodError from generator/stats into an InputError at the analysis.
template <class F>
auto at_analysis(const MethodCall& call, F&& f) {
  try {
    return f();
  } catch (const MethodError& e) {
    throw InputError(call.where, e.what());
  }
}

}  // namespace qala
