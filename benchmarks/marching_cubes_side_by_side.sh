#!/usr/bin/env bash
# Marching cubes side by side: radiomesh MarchingCubes (Java) against scikit-image's marching_cubes (Lewiner) on the
# same 256³ float32 volumes (sphere, torus, gyroid; iso 0), both pinned to one CPU core, warm runs, median time.
# Usage: benchmarks/marching_cubes_side_by_side.sh [n=256] [runs=9]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-256}
RUNS=${2:-9}
WARMUPS=5
PY=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PIN=""
if command -v taskset >/dev/null; then PIN="taskset -c 0"; fi

mvn -q -B -o -pl common,benchmarks -am compile
CP=benchmarks/target/classes:common/target/classes

cat > "$WORK/skimage_mc.py" <<'PYEOF'
import statistics, sys, time
import numpy as np
from skimage import measure, __version__
field, n, raw, warmups, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
vol = np.fromfile(raw, dtype='<f4').reshape(n, n, n)  # z, y, x: x fastest as the Java side writes it
for _ in range(warmups):
    verts, faces, _, _ = measure.marching_cubes(vol, 0.0)
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    verts, faces, _, _ = measure.marching_cubes(vol, 0.0)
    times.append(time.perf_counter() - t0)
times.sort()
print("skimage %s %s n=%d median=%.4f min=%.4f max=%.4f vertices=%d faces=%d"
      % (__version__, field, n, statistics.median(times), times[0], times[-1], len(verts), len(faces)))
PYEOF

printf '%-7s %12s %12s %8s %10s %10s\n' field java_s skimage_s ratio java_faces sk_faces
for FIELD in sphere torus gyroid; do
  J=$($PIN java -Xmx4g -cp "$CP" org.radiomesh.benchmarks.MarchingCubesSideBySide "$FIELD" "$N" "$WORK/v.raw" \
      "$WARMUPS" "$RUNS" open)
  S=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $PIN $PY "$WORK/skimage_mc.py" "$FIELD" "$N" "$WORK/v.raw" \
      "$WARMUPS" "$RUNS")
  JT=$(sed -E 's/.*median=([0-9.]+).*/\1/' <<<"$J")
  ST=$(sed -E 's/.*median=([0-9.]+).*/\1/' <<<"$S")
  JF=$(sed -E 's/.*faces=([0-9]+).*/\1/' <<<"$J")
  SF=$(sed -E 's/.*faces=([0-9]+).*/\1/' <<<"$S")
  RATIO=$(awk -v a="$ST" -v b="$JT" 'BEGIN { printf "%.2f", a / b }')
  printf '%-7s %12s %12s %8s %10s %10s\n' "$FIELD" "$JT" "$ST" "${RATIO}x" "$JF" "$SF"
  echo "  $J" >&2
  echo "  $S" >&2
done
echo "ratio = skimage median / java median (above 1: Java faster); $(nproc) cores, pinned: ${PIN:-no}" >&2
