#!/usr/bin/env bash
# Installs what Qala needs from Debian's packages. Idempotent and silent when all is there.
# Run as root on Debian 12 (bookworm).
set -euo pipefail

packages=(
  cmake make g++ pkg-config
  libyaml-cpp-dev libeigen3-dev libboost-dev libfmt-dev libcli11-dev libmstch-dev
  nlohmann-json3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libicu-dev
  catch2 tidy
  libcpp-httplib-dev
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}; run this script as root (or install them)" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
