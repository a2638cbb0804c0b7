#!/usr/bin/env bash
# Installs the Debian packages isnad needs to build and test. Idempotent: packages already
# present are skipped, and apt is only touched when something is missing.
# Usage: scripts/install-deps.sh [build|fuzz|bench|all]   (default: build)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libgumbo-dev libsimdjson-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  libsqlite3-dev libpq-dev postgresql-15 libxxhash-dev libabsl-dev rapidjson-dev
  libgtest-dev libgmock-dev libbenchmark-dev libstemmer-dev
  libcpp-httplib-dev
  # the front end (web/, built by CMake with node and npm) and its browser tests (tests/browser:
  # Debian's Chromium driven by playwright-core; Noto fonts so Arabic renders in screenshots)
  chromium fonts-noto-core
)
fuzz_pkgs=(clang-14 libclang-rt-14-dev)
bench_pkgs=(time python3 liblucene8-java openjdk-17-jdk-headless)

want=("${build_pkgs[@]}")
case "${1:-build}" in
  build) ;;
  fuzz) want+=("${fuzz_pkgs[@]}") ;;
  bench) want+=("${bench_pkgs[@]}") ;;
  all) want+=("${fuzz_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "usage: $0 [build|fuzz|bench|all]" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# node and npm build the front end: Debian's nodejs and npm, unless a node with its npm is
# already installed (a nodejs package from elsewhere ships npm inside and conflicts with Debian's).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
