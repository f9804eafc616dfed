#!/usr/bin/env bash
# Retrains the tutorial's real model from nothing, reproducibly (seeded), in a few minutes on 2 CPU cores:
#   bash train/run.sh            (extra arguments go to train.py, e.g. --steps 500 for a quick try)
# Makes .venv/ at the repository root (git-ignored) with torch + numpy, generates the corpus, trains,
# checks the predictions the tutorial relies on, and writes
#   src/lesson/real-model/weights.json, tests/core/model/reference.json, train/corpus-sample.txt.
# Then run `npx vitest run tests/core/model` to check our TypeScript core against the new reference.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  # This machine kind ships a CPU wheel of torch in /opt/wheels (offline); elsewhere use the registry.
  wheel=$(ls /opt/wheels/torch-*+cpu-*.whl 2>/dev/null | head -n 1 || true)
  if [ -n "$wheel" ]; then
    .venv/bin/pip install --no-index --find-links /opt/wheels --find-links /opt/pypi/files "$wheel" numpy
  else
    .venv/bin/pip install torch numpy
  fi
fi
cd train
exec ../.venv/bin/python train.py "$@"
