#!/bin/sh
# `pip wheel` of the repository, `pip install` of that wheel, then tests/python/package_test.py on the
# installed package (not the build tree's). The wheel's CMake build (pyproject.toml: Release, the
# extension module alone) is kept in BUILD/pip-build, so a second run only rebuilds what changed.
# Usage: pip_install_test.sh PYTHON SOURCE_DIR BUILD_DIR CLI
set -eu
python=$1 src=$2 build=$3 cli=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# --no-build-isolation: the build requirements are in the .venv already (requirements.txt); a test
# must not fetch them from PyPI.
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} "$python" -m pip wheel --no-build-isolation --no-deps \
  --disable-pip-version-check --quiet -w "$tmp/wheel" -C build-dir="$build/pip-build" "$src"
"$python" -m pip install --no-deps --disable-pip-version-check --quiet --target "$tmp/site" "$tmp"/wheel/warpsynth-*.whl
PYTHONPATH="$tmp/site" "$python" "$src/tests/python/package_test.py" "$cli"
