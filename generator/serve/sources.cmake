list(APPEND QALA_SOURCES
  generator/serve/input_watcher.cc
  generator/serve/live_reload.cc
  generator/serve/serve.cc
)
