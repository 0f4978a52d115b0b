# libFuzzer targets (clang only), built when QALA_FUZZ is on; see fuzz/README.md.
set(QALA_FUZZ_TARGETS study_loader csv_reader golden_parser template_renderer markdown_renderer
  yaml_tree_cache)
# Only the steps the targets reach (load, plan, check, the cache codec and five renderer files), so the
# instrumented build skips the statistics; the golden target checks against fixed results.
set(QALA_FUZZ_SOURCES ${QALA_SOURCES})
list(FILTER QALA_FUZZ_SOURCES INCLUDE REGEX
  "generator/(core|load|plan|check)/|generator/build/cache_codec\\.cc|generator/render/(html|markdown|mustache|mustache_tokens|template_check|view)\\.cc")
add_library(qala_fuzz_entry STATIC fuzz/fuzz_entry.cc tests/support/mini_project.cc
  ${QALA_FUZZ_SOURCES})
target_include_directories(qala_fuzz_entry PUBLIC ${CMAKE_SOURCE_DIR}/generator)
target_link_libraries(qala_fuzz_entry PUBLIC yaml-cpp Boost::boost fmt::fmt mstch::mstch
  nlohmann_json::nlohmann_json ${CMARK_GFM} ${CMARK_GFM_EXT})
target_include_directories(qala_fuzz_entry PUBLIC ${CMAKE_SOURCE_DIR}/fuzz ${CMAKE_SOURCE_DIR}/tests)
add_custom_target(fuzz_all)
foreach(target ${QALA_FUZZ_TARGETS})
  add_executable(fuzz_${target} fuzz/fuzz_target.cc)
  target_compile_definitions(fuzz_${target} PRIVATE QALA_FUZZ_TARGET=${target})
  target_link_libraries(fuzz_${target} PRIVATE qala_fuzz_entry)
  target_link_options(fuzz_${target} PRIVATE -fsanitize=fuzzer)
  add_dependencies(fuzz_all fuzz_${target})
endforeach()
