#!/bin/sh
# Builds the benchmarks and compares Qala with statsmodels and scikit-learn: bench/compare_stats.sh
set -e
cd "$(dirname "$0")/.."
cmake -S bench -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null && make -C build-bench -j2 compare_stats >/dev/null && /usr/bin/python3 bench/compare_stats.py --exe build-bench/compare_stats "$@"
