# Each method family lists its own files.
include(generator/stats/regression.cmake)
include(generator/stats/multivariate.cmake)
include(generator/stats/consistency.cmake)
