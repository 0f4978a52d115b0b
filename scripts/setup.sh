#!/usr/bin/env bash
# Installs what Qala needs from Debian's packages, and the browser test's npm packages.
# Idempotent and silent when all is there.
# Run as root on Debian 12 (bookworm).
set -euo pipefail

packages=(
  cmake make g++ pkg-config
  libyaml-cpp-dev libeigen3-dev libboost-dev libfmt-dev libcli11-dev libmstch-dev
  nlohmann-json3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev
  catch2 tidy
  libcpp-httplib-dev libjemalloc-dev
  chromium nodejs
)
# The browser test (tests/browser/) needs npm; a Node.js from elsewhere may bring its own.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages: ${missing[*]}; run this script as root (or install them)" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages of the browser test (playwright-core, axe-core), exactly as locked, from the npm
# registry; again only when node_modules is missing or older than the lock file.
browser_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/browser"
installed="$browser_dir/node_modules/.package-lock.json"
if [ ! -f "$installed" ] || [ "$browser_dir/package-lock.json" -nt "$installed" ]; then
  echo "setup: npm ci in tests/browser"
  (cd "$browser_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
