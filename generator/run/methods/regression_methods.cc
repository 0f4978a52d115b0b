#include "run/methods/method_families.h"

namespace qala {

void add_regression_methods(MethodRegistry& /*registry*/) {}

}  // namespace qala
