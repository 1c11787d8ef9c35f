#!/usr/bin/env bash
# End-to-end throughput of `radiomesh report` (list + read + decode + inference + Parquet write + checks) with the built-in
# findings model on local Spark, for a sweep of batch sizes and core counts; peak resident memory of the JVM (driver
# and executor are one JVM in local mode) from /usr/bin/time.
#   benchmarks/report_throughput.sh IMAGES_DIR [PATTERN=panoramic.dcm] [BATCHES="1 4 16 32"] [CORES="1 2"]
# IMAGES_DIR: for example the output of `radiomesh synth --modalities panoramic`. Needs bin/radiomesh (builds the jar).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
IMAGES=${1:?images folder}
PATTERN=${2:-panoramic.dcm}
BATCHES=${3:-1 4 16 32}
CORES=${4:-1 2}
RADIOMESH=${RADIOMESH:-$ROOT/bin/radiomesh}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "cores | batch | images | end-to-end images/s | per core | decode+inference stage images/s | task decode s | task inference s | peak RSS MB"
for cores in $CORES; do
  for batch in $BATCHES; do
    out=$WORK/out-$cores-$batch
    /usr/bin/time -f "%M" -o "$WORK/rss" "$RADIOMESH" report --images "$IMAGES" --pattern "$PATTERN" --out "$out" \
      --batch-size "$batch" --partitions "$cores" --master "local[$cores]" --device cpu >/dev/null 2>"$WORK/log" \
      || { cat "$WORK/log" >&2; exit 1; }
    /usr/bin/python3 - "$out/summary.json" "$cores" "$batch" "$(cat "$WORK/rss")" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); cores = int(sys.argv[2])
sec = s["seconds"]; e2e = s["reported"] / (sec["read"] + sec["report"] + sec["write"])
print(f'{cores} | {sys.argv[3]} | {s["reported"]} | {e2e:.1f} | {e2e / cores:.1f} | {s["images_per_second"]:.1f} | '
      f'{s["task_seconds"]["read_and_decode"]:.1f} | {s["task_seconds"]["inference"]:.1f} | {int(sys.argv[4]) // 1024}')
PY
  done
done
