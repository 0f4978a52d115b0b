list(APPEND QALA_SOURCES generator/plan/build_plan.cc)
