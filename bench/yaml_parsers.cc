// yaml-cpp, the YAML library Qala uses, against libyaml on the same files: how much of the load
// step is the parser itself. Both are driven through their event APIs (Qala's reader builds its
// trees from yaml-cpp's events), on every .yaml file under a folder, read into memory first.
//   build-bench/yaml_parsers /dev/shm/p10k     (a project from bench/synthetic_project.py)
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace {

/// Counts scalar bytes and collections, so that neither parser's work can be skipped.
struct CountingHandler : YAML::EventHandler {
  long count = 0;
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++count; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    count += static_cast<long>(value.size());
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++count;
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++count;
  }
  void OnMapEnd() override {}
};

long with_yaml_cpp(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  CountingHandler handler;
  parser.HandleNextDocument(handler);
  return handler.count;
}

long with_libyaml(const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  long count = 0;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      count = -1;
      break;
    }
    if (event.type == YAML_SCALAR_EVENT)
      count += static_cast<long>(event.data.scalar.length);
    else if (event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT)
      ++count;
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return count;
}

/// Best of `runs` passes over all files, in ms, and the count of the last pass.
std::pair<double, long> best_ms(const std::vector<std::string>& files, int runs,
                                const std::function<long(const std::string&)>& parse) {
  double best = 1e300;
  long count = 0;
  for (int r = 0; r < runs; ++r) {
    auto start = std::chrono::steady_clock::now();
    count = 0;
    for (const auto& f : files) count += parse(f);
    best = std::min(
        best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count());
  }
  return {best, count};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
    return 2;
  }
  std::vector<std::string> files;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
    if (entry.path().string().find("/.qala-cache/") != std::string::npos) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back(text.str());
    bytes += files.back().size();
  }
  std::printf("%zu YAML files, %zu bytes, one thread, best of 3\n", files.size(), bytes);
  auto [cpp_ms, cpp_count] = best_ms(files, 3, with_yaml_cpp);
  auto [lib_ms, lib_count] = best_ms(files, 3, with_libyaml);
  std::printf("yaml-cpp 0.7 events: %8.0f ms  %6.0f ns/byte\n", cpp_ms, cpp_ms * 1e6 / bytes);
  std::printf("libyaml 0.2 events:  %8.0f ms  %6.0f ns/byte  (%.1fx faster)\n", lib_ms,
              lib_ms * 1e6 / bytes, cpp_ms / lib_ms);
  if (cpp_count != lib_count)
    std::printf("the two parsers disagree: %ld vs %ld\n", cpp_count, lib_count);
  return cpp_count == lib_count ? 0 : 1;
}
