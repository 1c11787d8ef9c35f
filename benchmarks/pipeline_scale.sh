#!/usr/bin/env bash
# Scale of the overnight pipeline: the whole pipeline (ingest -> report -> model -> evaluate) over a synthetic archive
# of N cases on 1 and on 2 cores (local[1], local[2]); rows per second per stage from each run's summary.json, the
# scaling efficiency (rows/s on 2 cores / (2 x rows/s on 1 core)) per stage, and the peak resident memory of the JVM
# (driver and executor are one JVM in local mode; -Xmx is fixed), and per stage the median and the largest heap
# occupancy after a collection (from the JVM's GC log; G1 leaves old-generation garbage until a marking cycle, so the
# largest value is an upper bound of the live heap and the median is closer to it).
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
echo "cases | cores | stage | rows in | rows out | errors | seconds | rows/s | heap after GC MB, median / max in the stage | peak RSS MB (whole run)"
for n in $CASES; do
  subset=$WORK/archive-$n/cases
  mkdir -p "$subset"
  find "$ARCHIVE/cases" -mindepth 1 -maxdepth 1 -type d -name 'case-*' | sort | head -n "$n" \
    | while read -r c; do ln -sfn "$c" "$subset/$(basename "$c")"; done
  [ "$(find "$subset" -mindepth 1 -maxdepth 1 | wc -l)" -ge "$n" ] || { echo "fewer than $n cases in $ARCHIVE" >&2; exit 2; }
  for cores in $CORES; do
    out=$WORK/run-$n-$cores
    gclog=$WORK/gc-$n-$cores.log
    RADIOMESH_JAVA_OPTS="$RADIOMESH_JAVA_OPTS -Xlog:gc:file=$gclog:utctime" \
      /usr/bin/time -f "%M" -o "$WORK/rss" "$RADIOMESH" pipeline --input "$WORK/archive-$n" --out "$out" \
      --config "$ROOT/data-samples/pipeline.conf" --stages "$STAGES" --master "local[$cores]" >"$WORK/log" 2>&1 \
      || { tail -30 "$WORK/log" >&2; exit 1; }
    /usr/bin/python3 - "$out/summary.json" "$n" "$cores" "$(cat "$WORK/rss")" "$gclog" <<'PY'
import datetime, json, re, statistics, sys
s = json.load(open(sys.argv[1]))
def at(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("+0000", "+00:00"))
# GC log lines: "[2026-11-25T16:21:12.345+0000] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 812M->95M(3072M) 12.3ms";
# the heap after each collection, attributed to the stage running then (stages run back to back from the pipeline's
# start; what follows the last one is the run report).
gc = [(at(m.group(1)), int(m.group(2))) for m in
      re.finditer(r"^\[([^\]]+)\].*?->(\d+)M\(", open(sys.argv[5]).read(), re.M)]
t = at(s["started"])
windows = []
for st in s["stages"]:
    end = t + datetime.timedelta(seconds=st["seconds"])
    windows.append((st, t, end))
    t = end
windows.append(({"stage": "run report", "seconds": 0}, t, datetime.datetime.max.replace(tzinfo=t.tzinfo)))
for st, begin, end in windows:
    after = [mb for when, mb in gc if begin <= when < end]
    heap = f"{statistics.median(after):.0f} / {max(after)}" if after else "-"
    print(f'{sys.argv[2]} | {sys.argv[3]} | {st["stage"]} | {st.get("inputs", "")} | {st.get("outputs", "")} | '
          f'{st.get("errors", "")} | {st["seconds"]:.1f} | {st.get("rows_per_second") or 0:.2f} | {heap} | '
          f'{int(sys.argv[4]) // 1024}')
PY
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs kept under $WORK"
