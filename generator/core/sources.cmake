list(APPEND QALA_SOURCES
  generator/core/error.cc
  generator/core/hash.cc
  generator/core/model.cc
  generator/core/parallel.cc
  generator/core/phase_timings.cc
  generator/core/printed_number.cc
  generator/core/read_file.cc
  generator/core/result.cc
  generator/core/suggest.cc
  generator/core/table.cc
  generator/core/value.cc
)
