#pragma once
#include <string>
#include <vector>

#include "build/incremental_build.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "write/atomic_output.h"

namespace qala {

/// A whole site in memory: the pipeline's state and every file of the output tree.
struct SiteBuild {
  PipelineState state;
  std::vector<OutputFile> files;
  size_t html_pages = 0;
  std::string chromium;  // with --pdf and Chromium installed: its path, to print the report
};

/// The cache, threads and progress line `options` ask for.
IncrementalBuild make_incremental_build(const CommandOptions& options, Progress* progress);

/// load -> plan -> run -> check -> render for `options.root`, reusing `build`'s cache; writes
/// nothing but cache entries. `fingerprint` is the inputs' input_fingerprint when the caller has
/// it already ("" computes it); `previous` gives the last build's output, whose unchanged pages
/// are kept. With a `tree`, templated pages are written to it as they are rendered and
/// `site.files` holds only the rest. Throws InputError for bad input.
void build_site(const CommandOptions& options, IncrementalBuild& build, SiteBuild& site,
                std::string fingerprint = "", const PreviousOutput& previous = {},
                OutputTree* tree = nullptr);

/// The `explain: <node>: <why>` lines of `--explain`, one per node that ran, in build order,
/// then how many of all nodes ran.
std::string explain_text(const IncrementalBuild& build);

}  // namespace qala
