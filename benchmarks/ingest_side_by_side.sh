#!/usr/bin/env bash
# Ingest benchmark: header-only cataloging, radiomesh (PixelMed) next to pydicom, one thread each, pinned to the same
# core, on the same synthetic archive, in one run. Prints one JSON line per tool and mode, then the ratios.
#
#   benchmarks/ingest_side_by_side.sh [FILES=3000] [PASSES=3] [DIR=/tmp/radiomesh-ingest-bench] [CORE=0]
#
# Needs JDK 17, Maven with the dependencies in ~/.m2 (bin/setup), and Debian's python3-pydicom (/usr/bin/python3).
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-3000}
PASSES=${2:-3}
DIR=${3:-/tmp/radiomesh-ingest-bench}
CORE=${4:-0}
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
$PIN java -Xmx1g -XX:+UseSerialGC -cp "$JAR" org.radiomesh.benchmarks.ingest.HeaderCatalogBenchmark "$DIR" "$PASSES" \
  | tee -a "$out"
$PIN /usr/bin/python3 benchmarks/ingest_pydicom.py "$DIR" "$PASSES" | tee -a "$out"
/usr/bin/python3 - "$out" <<'PY'
import json, sys
rows = {r["mode"]: r for r in map(json.loads, open(sys.argv[1]))}
for java, py in [("parse", "dcmread"), ("catalog", "dcmread+json"), ("catalog-deid", "dcmread+json")]:
    if java in rows and py in rows:
        print(f"# radiomesh {java} / pydicom {py}: {rows[java]['files_per_s'] / rows[py]['files_per_s']:.1f}x files/s")
PY
rm -f "$out"
