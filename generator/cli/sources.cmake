list(APPEND QALA_SOURCES
  generator/cli/commands.cc
  generator/cli/pipeline.cc
  generator/cli/site_build.cc
)
