// qala: YAML studies -> checked results -> a three-language static site.
// Only this file prints errors and chooses exit codes.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "core/error.h"
#include "serve/serve.h"

int main(int argc, char** argv) {
  qala::CommandOptions options;
  CLI::App app{
      "qala: runs every study in analyses/, checks its results against the papers' "
      "printed numbers in golden/, and renders the site in English, Russian and Kazakh.\n"
      "Exit codes: 0 every check as expected, 1 some check not, 2 bad input or usage."};
  app.require_subcommand(1);
  app.set_version_flag("--version", QALA_VERSION);

  auto* build = app.add_subcommand("build", "Run all analyses and checks, and write the site.");
  build->add_option("--root", options.root, "Project folder (default: .)");
  build->add_option("--out", options.out, "Site folder, replaced atomically (default: _site)");
  build->add_option("--json", options.json, "Also write the check report as JSON to FILE");
  build->add_flag("--pdf", options.pdf,
                  "Also print the report to the Science Committee to PDF with headless Chromium "
                  "(when installed; PDFs carry a date, so such a site is not byte-reproducible)");
  build->add_flag("--allow-fallback", options.allow_fallback,
                  "Show a missing UI string or page translation in the default language with a "
                  "'not yet translated' badge and a warning, instead of failing");
  build->add_option("-j,--jobs", options.jobs, "Threads for analyses and pages (default: cores)");
  build->add_flag("--explain", options.explain,
                  "Print each node that ran and why ('explain: <node>: <why>' lines)");
  build->add_flag("--no-cache", options.no_cache, "Neither read nor write .qala-cache/");
  build->add_flag("--timings", options.timings,
                  "Print the wall and CPU time of each step (load, analyses, pages...) to stderr");

  auto* check = app.add_subcommand("check", "Run all analyses and checks; write no site.");
  check->add_option("--root", options.root, "Project folder (default: .)");
  check->add_option("--json", options.json,
                    "Write the report (checks, summary, every computed result) as JSON to FILE");
  check->add_flag("--allow-fallback", options.allow_fallback,
                  "Accept missing UI string and page translations (as build --allow-fallback)");
  check->add_option("-j,--jobs", options.jobs, "Threads for analyses (default: cores)");
  check->add_flag("--explain", options.explain, "Print each node that ran and why");
  check->add_flag("--no-cache", options.no_cache, "Neither read nor write .qala-cache/");

  auto* serve = app.add_subcommand(
      "serve", "Serve the site on 127.0.0.1, rebuild on every edit and reload the open page.");
  serve->add_option("--root", options.root, "Project folder (default: .)");
  serve->add_option("--port", options.port, "Port (default: 8000; 0 picks a free one)");
  serve->add_option("-j,--jobs", options.jobs, "Threads for analyses and pages (default: cores)");

  auto* methods = app.add_subcommand("methods", "List the statistics methods a study can call.");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    if (*build) return qala::command_build(options);
    if (*check) return qala::command_check(options);
    if (*serve) return qala::command_serve(options);
    if (*methods) return qala::command_methods();
  } catch (const qala::InputError& e) {
    std::fprintf(stderr, "%s\n", e.format().c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "qala: error: %s\n", e.what());
    return 2;
  }
  return 2;
}
