#!/usr/bin/env bash
# Chamfer distance + F-score, radiomesh against SciPy's cKDTree, on the same point sets in one run.
#   benchmarks/chamfer_side_by_side.sh [N ...]          (default: 100000 1000000)
# Env: WARMUP (default 3), ROUNDS (default 5), OUT (default benchmarks/target/side-by-side), JAVA_OPTS.
# Builds benchmarks/target/benchmarks.jar if it is missing. Run on a quiet machine: the load average is printed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
warmup=${WARMUP:-3}
rounds=${ROUNDS:-5}
out=${OUT:-$here/target/side-by-side}
jar=$here/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -o -pl benchmarks -am package -DskipTests)
fi
mkdir -p "$out"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx6g} -cp "$jar" org.radiomesh.benchmarks.ChamferSideBySide "$out" "${sizes[@]}" \
    --warmup "$warmup" --rounds "$rounds"
/usr/bin/python3 "$here/chamfer_ckdtree.py" "$out" "${sizes[@]}" --warmup "$((warmup > 2 ? 2 : warmup))" \
    --rounds "$rounds"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
