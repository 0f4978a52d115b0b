list(APPEND QALA_SOURCES generator/write/atomic_output.cc)
