#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz/ and runs each for SECONDS (default 600), all at
# once at low priority. New inputs go to build-fuzz/corpus/<target>/ (seeded from
# fuzz/corpus/<target>/), crashes to build-fuzz/artifacts/<target>/, logs to
# build-fuzz/logs/<target>.log. Usage: bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(study_loader csv_reader golden_parser template_renderer markdown_renderer
  yaml_tree_cache)
pids=()
declare -A dict=([study_loader]=yaml [csv_reader]=csv [golden_parser]=yaml
  [template_renderer]=mustache [markdown_renderer]=markdown [yaml_tree_cache]=yaml)

cmake -S . -B build-fuzz -DQALA_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14
cmake --build build-fuzz -j2 --target fuzz_all
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/artifacts/$t" build-fuzz/logs
  cp -n fuzz/corpus/"$t"/* "build-fuzz/corpus/$t/"
  nice -n 10 "build-fuzz/fuzz_$t" "build-fuzz/corpus/$t" -dict="fuzz/dict/${dict[$t]}.dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -artifact_prefix="build-fuzz/artifacts/$t/" -print_final_stats=1 \
    > "build-fuzz/logs/$t.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for t in "${targets[@]}"; do
  echo "== $t: $(grep -E '^#[0-9]+' "build-fuzz/logs/$t.log" | tail -n 1)"
  grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' "build-fuzz/logs/$t.log" || true
  ls "build-fuzz/artifacts/$t"
done
exit $status
