// The corpus of bad inputs: each stops load -> plan -> run -> check with its exact message, both
// in memory and through the qala binary (exit code 2, the formatted error, never a crash).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "robust/bad_input_case.h"
#include "support/mini_project.h"
#include "support/run_command.h"

using namespace qala::testing;
namespace fs = std::filesystem;

namespace {
const std::string kCorpus = std::string(QALA_SOURCE_DIR) + "/tests/robust/bad_inputs";

void write_tree(const std::string& root, const std::map<std::string, std::string>& files) {
  for (const auto& [path, bytes] : files) {
    // A case may name a path outside the project on purpose; only its reference matters.
    if (!qala::is_safe_relative_path(path)) continue;
    fs::path full = fs::path(root) / path;
    fs::create_directories(full.parent_path());
    std::ofstream(full, std::ios::binary) << bytes;
  }
}
}  // namespace

TEST_CASE("every bad input of the corpus stops the pipeline with its exact message", "[robust]") {
  auto cases = load_bad_input_cases(kCorpus);
  CHECK(cases.size() >= 60);
  for (const auto& c : cases) {
    INFO("case " << c.name);
    CHECK(first_error(to_source(project_files(c))) == c.expect);
  }
}

TEST_CASE("the qala binary refuses every bad input with exit code 2 and the same message",
          "[robust][cli]") {
  const std::string qala = QALA_BINARY;
  for (const auto& c : load_bad_input_cases(kCorpus)) {
    INFO("case " << c.name);
    TempDir dir;
    write_tree(dir.path(), project_files(c));
    auto r = run_command(qala + " check --root " + dir.path());
    INFO(r.err);
    CHECK(r.exit_code == 2);
    // The binary prints "<root>/file:line:col: error: message" and the source line.
    size_t split = c.expect.find(": ");
    std::string printed =
        dir.path() + "/" + c.expect.substr(0, split) + ": error:" + c.expect.substr(split + 1);
    CHECK(r.err.find(printed) != std::string::npos);
    CHECK(r.err.find("terminate") == std::string::npos);
    CHECK(r.err.find("Aborted") == std::string::npos);
    CHECK(r.err.find("qala: error:") == std::string::npos);  // not an InputError
  }
}
