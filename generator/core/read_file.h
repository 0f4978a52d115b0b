#pragma once
#include <optional>
#include <string>

namespace qala {

/// All the bytes of the open file `fd` when it is a regular file (nothing for a folder, a device
/// or a read error); closes `fd` either way.
std::optional<std::string> read_and_close(int fd);

}  // namespace qala
