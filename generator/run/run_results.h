#pragma once
#include <map>
#include <string>

#include "core/result.h"

namespace qala {

/// The results of every analysis: study id -> analysis id -> result.
using RunResults = std::map<std::string, std::map<std::string, Result>>;

}  // namespace qala
