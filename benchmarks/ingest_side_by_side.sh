#!/usr/bin/env bash
# Ingest benchmark: header-only cataloging, radiomesh (PixelMed) next to pydicom, one thread each, pinned to the same
# core, on the same synthetic archive, in one run. Prints one JSON line per tool and mode, then the ratios: per CPU
# second of the process (all threads), the fair per-core figure on a shared machine, and per wall second.
#
#   benchmarks/ingest_side_by_side.sh [FILES=3000] [PASSES=2] [ROUNDS=3] [DIR=/tmp/radiomesh-ingest-bench] [CORE=0]
#
# Each round runs radiomesh (3 warm-up passes, then PASSES timed passes per mode) and then pydicom (PASSES timed passes
# per mode); the summary keeps each tool's best round, so that load from other processes hurts both alike.
#
# Needs JDK 17, Maven with the dependencies in ~/.m2 (bin/setup), and Debian's python3-pydicom (/usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-3000}
PASSES=${2:-2}
ROUNDS=${3:-3}
DIR=${4:-/tmp/radiomesh-ingest-bench}
CORE=${5:-0}
PIN="taskset -c $CORE"
command -v taskset >/dev/null || PIN=""

mvn -q -B -o -pl benchmarks -am -DskipTests package >/dev/null
JAR=benchmarks/target/benchmarks.jar
if [ ! -f "$DIR/.complete-$FILES" ]; then
  rm -rf "$DIR"
  java -cp "$JAR" org.radiomesh.benchmarks.ingest.SyntheticArchiveWriter "$DIR" "$FILES" 42
  touch "$DIR/.complete-$FILES"
fi
# Warm the page cache for both tools alike.
find "$DIR" -name '*.dcm' -exec cat {} + > /dev/null

echo "# $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
for round in $(seq "$ROUNDS"); do
  $PIN java -Xms1g -Xmx1g -Xmn512m -XX:+UseSerialGC -cp "$JAR" \
    org.radiomesh.benchmarks.ingest.HeaderCatalogBenchmark "$DIR" "$PASSES" 2>/dev/null | tee -a "$out"
  $PIN /usr/bin/python3 benchmarks/ingest_pydicom.py "$DIR" "$PASSES" | tee -a "$out"
done
/usr/bin/python3 - "$out" <<'PY'
import json, sys
rows = {}
for r in map(json.loads, open(sys.argv[1])):
    if r["mode"] not in rows or r["files_per_cpu_s"] > rows[r["mode"]]["files_per_cpu_s"]:
        rows[r["mode"]] = r
print("# best round per tool and mode:")
for r in rows.values():
    print(json.dumps(r))
for java, py in [("parse", "dcmread"), ("catalog", "dcmread+json"), ("catalog-deid", "dcmread+json"),
                 ("catalog-deid", "dcmread")]:
    if java in rows and py in rows:
        j, p = rows[java], rows[py]
        print(f"# radiomesh {java} / pydicom {py}: {j['files_per_cpu_s'] / p['files_per_cpu_s']:.1f}x per CPU second,"
              f" {j['files_per_s'] / p['files_per_s']:.1f}x per wall second")
PY
rm -f "$out"
