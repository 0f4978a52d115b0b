#!/usr/bin/env bash
# Builds the shipped site with the given qala into a temporary folder and runs HTML Tidy on every
# page: any error or warning fails the test, naming the page. Prints QALA-SKIPPED without tidy.
set -euo pipefail
qala=$1
root=$2
if ! command -v tidy >/dev/null 2>&1; then
  echo "QALA-SKIPPED: tidy is not installed"
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$qala" build --root "$root" --out "$out/site" --no-cache >/dev/null
pages=0
failed=0
while IFS= read -r -d '' page; do
  pages=$((pages + 1))
  if ! report=$(tidy -q -e "$page" 2>&1) || [ -n "$report" ]; then
    echo "${page#"$out/site/"}:"
    echo "$report"
    failed=$((failed + 1))
  fi
done < <(find "$out/site" -name '*.html' -print0 | sort -z)
echo "tidy: $pages pages, $failed with errors or warnings"
[ "$pages" -gt 0 ] && [ "$failed" -eq 0 ]
