#include "run/method_registry.h"
#include "run/methods/method_families.h"

namespace qala {

const MethodRegistry& builtin_methods() {
  static const MethodRegistry registry = [] {
    MethodRegistry r;
    add_regression_methods(r);
    add_multivariate_methods(r);
    add_consistency_methods(r);
    return r;
  }();
  return registry;
}

}  // namespace qala
