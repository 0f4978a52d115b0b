#pragma once
#include "cli/commands.h"

namespace qala {

/// `qala serve`: builds the site into memory, serves it on 127.0.0.1:<port> (port 0: a free one,
/// printed), polls the project's inputs every 300 ms and rebuilds incrementally on a change.
/// Served HTML pages reload themselves after a rebuild; a failed build shows its message in the
/// page above the last good build. Never writes the output folder. Runs until killed.
int command_serve(const CommandOptions& options);

}  // namespace qala
