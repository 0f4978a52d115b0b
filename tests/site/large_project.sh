#!/usr/bin/env bash
# Writes a made-up project of N studies (more than the 100 a report lists in full) into OUT:
# the shipped templates and UI strings, and per study one CSV of ten years on an exact straight
# line, a trend analysis and one golden check of its slope. Study 2's golden value is off, with
# expect: differs and a reason, so the compact report still has a section to show.
#
#   tests/site/large_project.sh SOURCE_DIR OUT N
set -euo pipefail
source_dir=$1
out=$2
studies=$3

rm -rf "$out"
mkdir -p "$out/data/towns" "$out/analyses" "$out/golden"
cp -r "$source_dir/site" "$source_dir/templates" "$out/"
rm -rf "$out/site/methods" "$out/site/pages/studies"
mkdir -p "$out/site/pages/studies"
cat >"$out/site/site.yaml" <<'EOF'
languages: [en, ru, kk]
title: {en: Made-up towns for a test, ru: Вымышленные города для теста, kk: Сынаққа арналған ойдан шығарылған қалалар}
base_url: /
EOF

for ((i = 1; i <= studies; i++)); do
  id=$(printf 'town-%04d' "$i")
  slope=$((i % 7 + 1))
  {
    echo "year,value"
    for ((t = 0; t < 10; t++)); do echo "$((2000 + t)),$((100 + i + slope * t))"; done
  } >"$out/data/towns/$id.csv"
  cat >"$out/data/towns/$id.meta.yaml" <<EOF
title: {en: Series of town $i, ru: Ряд города $i, kk: $i-қаланың қатары}
source: {paper: $id, table: "Table 1"}
columns:
  - {name: year, type: integer, unit: year, label: {en: Year, ru: Год, kk: Жыл}}
  - {name: value, type: number, unit: "", label: {en: Value, ru: Значение, kk: Мәні}}
EOF
  cat >"$out/analyses/$id.yaml" <<EOF
id: $id
paper:
  authors: [Made-up A.]
  year: 2026
  journal: A test (not a paper)
  title: {en: Town $i, ru: Город $i, kk: $i-қала}
golden: golden/$id.yaml
datasets:
  series: data/towns/$id.csv
analyses:
  - {id: trend, method: trend, dataset: series, params: {x: year, y: value, family: linear}}
EOF
  if [ "$i" -eq 2 ]; then
    check="    printed: \"$slope.5000\"
    expect: differs
    reason: \"made up to differ\""
  else
    check="    printed: \"$slope.0000\""
  fi
  cat >"$out/golden/$id.yaml" <<EOF
study: $id
checks:
  - id: slope
$check
    source: {table: "Table 1", row: trend, column: slope}
    result: trend/coefficients/b
EOF
  for lang in en ru kk; do
    echo "Made-up town $i ($lang)." >"$out/site/pages/studies/$id.$lang.md"
  done
done
