#!/usr/bin/env bash
# Scale of the overnight pipeline: the whole pipeline (ingest -> report -> model -> evaluate) over a synthetic archive
# of N cases on 1 and on 2 cores (local[1], local[2]); rows per second per stage from each run's summary.json, the
# scaling efficiency (rows/s on 2 cores / (2 x rows/s on 1 core)) per stage, and the peak resident memory of the JVM
# (driver and executor are one JVM in local mode; -Xmx is fixed, so a flat RSS means a flat heap).
#   benchmarks/pipeline_scale.sh ARCHIVE [CASES="250 1000"] [CORES="1 2"] [STAGES=ingest,report,model,evaluate]
# ARCHIVE: the output folder of `radiomesh synth --modalities panoramic` with at least max(CASES) cases, for example
#   bin/radiomesh synth --cases 1000 --seed 7 --modalities panoramic --pixel-pitch-mm 0.6 --panoramic-voxel-mm 0.5 \
#     --out work/archive-1000
# Each N takes the first N case folders (symlinked), so the 250-case archive is a prefix of the 1,000-case one.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARCHIVE=${1:?synthetic archive folder}
CASES=${2:-250 1000}
CORES=${3:-1 2}
STAGES=${4:-ingest,report,model,evaluate}
RADIOMESH=${RADIOMESH:-$ROOT/bin/radiomesh}
WORK=${WORK:-$(mktemp -d)}
export RADIOMESH_JAVA_OPTS=${RADIOMESH_JAVA_OPTS:--Xmx3g}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); heap limit ${RADIOMESH_JAVA_OPTS}"
echo "cases | cores | stage | rows in | rows out | errors | seconds | rows/s | peak RSS MB (whole run)"
for n in $CASES; do
  subset=$WORK/archive-$n/cases
  mkdir -p "$subset"
  find "$ARCHIVE/cases" -mindepth 1 -maxdepth 1 -type d -name 'case-*' | sort | head -n "$n" \
    | while read -r c; do ln -sfn "$c" "$subset/$(basename "$c")"; done
  [ "$(find "$subset" -mindepth 1 -maxdepth 1 | wc -l)" -ge "$n" ] || { echo "fewer than $n cases in $ARCHIVE" >&2; exit 2; }
  for cores in $CORES; do
    out=$WORK/run-$n-$cores
    /usr/bin/time -f "%M" -o "$WORK/rss" "$RADIOMESH" pipeline --input "$WORK/archive-$n" --out "$out" \
      --config "$ROOT/data-samples/pipeline.conf" --stages "$STAGES" --master "local[$cores]" >"$WORK/log" 2>&1 \
      || { tail -30 "$WORK/log" >&2; exit 1; }
    /usr/bin/python3 - "$out/summary.json" "$n" "$cores" "$(cat "$WORK/rss")" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
for st in s["stages"]:
    print(f'{sys.argv[2]} | {sys.argv[3]} | {st["stage"]} | {st.get("inputs")} | {st.get("outputs")} | {st.get("errors")} | '
          f'{st["seconds"]:.1f} | {st.get("rows_per_second") or 0:.2f} | {int(sys.argv[4]) // 1024}')
PY
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs kept under $WORK"
