#pragma once
#include <string>

namespace qala {

/// Options shared by the subcommands.
struct CommandOptions {
  std::string root = ".";
  std::string out = "_site";
  std::string json;             // write the check report here when not empty
  bool pdf = false;             // `build --pdf`: print the programme report to PDF with Chromium
  bool allow_fallback = false;  // missing translations: default language + warning, not an error
  int jobs = 0;                 // threads for analyses and pages; 0 = one per core
  bool explain = false;         // print each node that ran and why
  bool no_cache = false;        // neither read nor write .qala-cache/
  bool timings = false;         // `build --timings`: wall time of each step on stderr
  bool progress = true;         // the progress line on a terminal's stderr
  int port = 8000;              // qala serve; 0 picks a free port
};

/// Exit codes: 0 every check came out as expected, 1 some did not, 2 bad input or usage.
int command_check(const CommandOptions& options);
int command_build(const CommandOptions& options);
int command_methods();

}  // namespace qala
