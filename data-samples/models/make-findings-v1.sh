#!/usr/bin/env bash
# Rebuilds data-samples/models/findings-v1 and its evaluation: the exact commands that produced the shipped model.
#   data-samples/models/make-findings-v1.sh [WORK=work/findings-v1]
# About 45 min of synthesis (2,740 panoramic cases at 0.5 mm) and under 30 min of training on 2 CPU cores.
# Case i of seed S depends only on (S, i), so the data are the same however the synthesis is partitioned or resumed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${1:-$ROOT/work/findings-v1}
R=$ROOT/bin/radiomesh
SYNTH=(--modalities panoramic --pixel-pitch-mm 0.5 --panoramic-voxel-mm 0.5)

# Training data: 2,500 cases of seed 1. Held-out evaluation data: 240 cases of seed 2.
"$R" synth --cases 2500 --seed 1 "${SYNTH[@]}" --out "$WORK/train"
"$R" synth --cases 240 --seed 2 "${SYNTH[@]}" --out "$WORK/eval"

# Training (CPU unless a GPU is visible to the PyTorch engine); 15 % of the cases held out for early stopping and
# thresholds.
"$R" train --cases "$WORK/train" --out "$ROOT/data-samples/models/findings-v1" --epochs 40 --batch-size 16 \
  --val-fraction 0.15 --patience 8 --seed 1 --threads 2

# Held-out evaluation: reports for the 240 DICOM radiographs, then the scores against the ground truth.
"$R" report --images "$WORK/eval/cases" --pattern panoramic.dcm --out "$WORK/eval-reports" \
  --model "$ROOT/data-samples/models/findings-v1" --batch-size 16
"$R" report-eval --reports "$WORK/eval-reports" --truth "$WORK/eval" --out "$WORK/eval-figures.json"
