#pragma once
#include <string>
#include <vector>

namespace qala::testing {

/// Every href/src in the HTML files below `site` that points inside the site and names a file
/// (or an #anchor) that does not exist, as "page -> link".
std::vector<std::string> broken_internal_links(const std::string& site);

/// The values of attribute `name` ("href", "hreflang"...) in `html`, in order.
std::vector<std::string> attribute_values(const std::string& html, const std::string& name);

}  // namespace qala::testing
