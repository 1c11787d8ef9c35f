#!/usr/bin/env bash
# End-to-end throughput of `radiomesh report` (list + read + decode + inference + Parquet write + checks) on local
# Spark, for a sweep of batch sizes and core counts, with the built-in findings model or any model directory (a VLM
# included); peak resident memory and CPU time of the JVM (driver and executor are one JVM in local mode) from
# /usr/bin/time. On a machine shared with other work the wall-clock columns drop with the load; images per CPU-second
# of the whole JVM (Spark start-up, planning, JIT and GC included) is the steadier per-core figure.
#   benchmarks/report_throughput.sh IMAGES_DIR [PATTERN=panoramic.dcm] [BATCHES="1 4 16 32"] [CORES="1 2"] [MODEL_DIR]
# IMAGES_DIR: for example the output of `radiomesh synth --modalities panoramic`. MODEL_DIR: a model directory of kind
# findings or vlm (default: the shipped data-samples/models/findings-v1). REPORT_ARGS: extra `report` flags, for
# example REPORT_ARGS="--max-new-tokens 32" for a VLM. Needs bin/radiomesh (builds the jar).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
IMAGES=${1:?images folder}
PATTERN=${2:-panoramic.dcm}
BATCHES=${3:-1 4 16 32}
CORES=${4:-1 2}
MODEL=${5:-$ROOT/data-samples/models/findings-v1}
RADIOMESH=${RADIOMESH:-$ROOT/bin/radiomesh}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "model $MODEL ${REPORT_ARGS:-}; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "cores | batch | images | end-to-end images/s | per core | decode+inference stage images/s | task decode s | task inference s | JVM CPU s | images/CPU-s | peak RSS MB | load (1 min)"
for cores in $CORES; do
  for batch in $BATCHES; do
    out=$WORK/out-$cores-$batch
    # shellcheck disable=SC2086
    /usr/bin/time -f "%M %U %S" -o "$WORK/rss" "$RADIOMESH" report --images "$IMAGES" --pattern "$PATTERN" --out "$out" \
      --model "$MODEL" --batch-size "$batch" --partitions "$cores" --master "local[$cores]" --device cpu \
      ${REPORT_ARGS:-} >/dev/null 2>"$WORK/log" || { cat "$WORK/log" >&2; exit 1; }
    /usr/bin/python3 - "$out/summary.json" "$cores" "$batch" "$(cat "$WORK/rss")" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import json, sys
s = json.load(open(sys.argv[1])); cores = int(sys.argv[2])
rss_kb, user, system = sys.argv[4].split(); cpu = float(user) + float(system)
sec = s["seconds"]; e2e = s["reported"] / (sec["read"] + sec["report"] + sec["write"])
print(f'{cores} | {sys.argv[3]} | {s["reported"]} | {e2e:.1f} | {e2e / cores:.1f} | {s["images_per_second"]:.1f} | '
      f'{s["task_seconds"]["read_and_decode"]:.1f} | {s["task_seconds"]["inference"]:.1f} | {cpu:.0f} | '
      f'{s["reported"] / cpu:.2f} | {int(rss_kb) // 1024} | '
      f'{sys.argv[5]}')
PY
  done
done
