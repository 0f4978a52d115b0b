#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace qala {

/// Levenshtein distance between two byte strings.
int edit_distance(std::string_view a, std::string_view b);

/// The candidate nearest to `name`, or "" when none is close enough to be a likely typo.
std::string nearest_name(std::string_view name, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" — ready to append to an error message.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace qala
