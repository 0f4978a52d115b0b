// One libFuzzer target; QALA_FUZZ_TARGET names its entry point (fuzz/fuzz_entry.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  qala::fuzz::run_accepting_documented_errors(qala::fuzz::QALA_FUZZ_TARGET, bytes);
  return 0;
}
