// Every input that once crashed a fuzz target (tests/robust/fuzz_cases/<target>/) and every seed
// of the fuzz corpora (fuzz/corpus/<target>/) goes through the same entry point as the libFuzzer
// target: it must succeed or stop with a documented error (InputError, MethodError). A crash, a
// sanitizer report or another exception fails this test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "fuzz/fuzz_entry.h"
#include "support/run_command.h"

namespace fs = std::filesystem;

namespace {

size_t run_folder(const qala::fuzz::Target& target, const fs::path& folder) {
  if (!fs::is_directory(folder)) return 0;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file()) inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  for (const auto& input : inputs) {
    INFO(target.name << ": " << input.string());
    CHECK_NOTHROW(qala::fuzz::run_accepting_documented_errors(
        target.entry, qala::testing::read_file(input.string())));
  }
  return inputs.size();
}

}  // namespace

TEST_CASE("inputs that crashed a fuzz target, and the fuzz seeds, stop cleanly", "[robust][fuzz]") {
  const fs::path root = QALA_SOURCE_DIR;
  for (const auto& target : qala::fuzz::targets()) {
    std::string name(target.name);
    size_t seeds = run_folder(target, root / "fuzz" / "corpus" / name);
    run_folder(target, root / "tests" / "robust" / "fuzz_cases" / name);
    INFO(name);
    CHECK(seeds > 0);  // every target has a seed corpus
  }
}
