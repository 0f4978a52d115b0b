#include "run/methods/method_families.h"

namespace qala {

void add_multivariate_methods(MethodRegistry& /*registry*/) {}

}  // namespace qala
