#!/usr/bin/env bash
# Regenerates the committed seed corpora (tests/fuzz/corpus/<target>/) with vangnet-fuzz-seeds
# from the fuzz build. Crash inputs kept as regression inputs (crash-*) are left alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
build/asan/tests/fuzz/vangnet-fuzz-seeds tests/fuzz/corpus
