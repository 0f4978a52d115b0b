#include "run/methods/method_families.h"

namespace qala {

void add_consistency_methods(MethodRegistry& /*registry*/) {}

}  // namespace qala
