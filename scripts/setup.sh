#!/usr/bin/env bash
# Installs what warpsynth needs on a Debian machine: the C++ build dependencies (apt, only the missing
# ones) and a project-local Python virtual environment at .venv with the pinned warp-lang.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(cmake g++ make pkg-config libcli11-dev nlohmann-json3-dev libzstd-dev libxxhash-dev libssl-dev
              libjemalloc-dev libopenmpi-dev openmpi-bin zstd jq
              clang-19 libclang-rt-19-dev
              libgtest-dev libgmock-dev libbenchmark-dev python3 python3-venv python3-dev)
# `--fuzz` (used by `make fuzz`) adds clang and its libFuzzer runtime, `--format` (used by
# `make format-check`) clang-format.
for arg in "$@"; do
  case "$arg" in
    --fuzz) apt_packages+=(clang libclang-rt-14-dev) ;;
    --format) apt_packages+=(clang-format) ;;
    *) echo "setup: unknown option $arg (expected --fuzz or --format)" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${apt_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# pyenv or another non-Debian python3 already provides venv (and the headers the Python package's
# extension module compiles against); python3/python3-venv/python3-dev are only needed otherwise.
provided=()
if command -v python3 >/dev/null 2>&1 && python3 -c 'import venv, ensurepip' 2>/dev/null; then
  provided+=(python3 python3-venv)
  python3 -c 'import os, sysconfig; assert os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))' \
    2>/dev/null && provided+=(python3-dev)
fi
needed=()
for p in "${missing[@]}"; do
  [[ " ${provided[*]} " == *" $p "* ]] || needed+=("$p")
done
missing=("${needed[@]}")
if ((${#missing[@]})); then
  echo "setup: installing apt packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

warp_version=$(tr -d '[:space:]' < WARP_VERSION)
stamp=".venv/.warpsynth-${warp_version}-$(sha256sum requirements.txt | cut -c1-12)"
if [[ ! -f "$stamp" ]]; then
  echo "setup: creating .venv with warp-lang==${warp_version}"
  [[ -x .venv/bin/python ]] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check "warp-lang==${warp_version}" -r requirements.txt
  rm -f .venv/.warpsynth-*
  touch "$stamp"
fi
