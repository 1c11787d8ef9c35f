#!/usr/bin/env bash
# Full pixel decoding side by side: radiomesh ImageDecoder (Java, PixelMed) against pydicom's .pixel_array (Debian
# python3-pydicom, /usr/bin/python3) on the same synthetic DICOM files, both pinned to one CPU core, warm passes,
# median pass. Throughput is per CPU second of the whole process (Java: decoding, GC and JIT threads; Python:
# process_time), which measures the per-core cost even on a machine shared with other work; wall times are printed
# too. Four seeded corpora: ct (512x512 int16, explicit VR LE), dx (2048x2048 12-bit MONOCHROME1), jpeg (1024x1024
# 8-bit JPEG baseline; pydicom decodes it with Pillow) and rle (512x512 int16 RLE lossless).
# pydicom is timed twice: .pixel_array alone (raw stored values, less work than radiomesh does), and .pixel_array plus
# the same grayscale pipeline in numpy (rescale, linear window to float32 [0, 1], MONOCHROME1 inversion).
# Usage: benchmarks/decode_side_by_side.sh [scale=1] [runs=5]   (scale multiplies the number of files)
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-1}
RUNS=${2:-5}
WARMUPS=2
PY=/usr/bin/python3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PIN=""
if command -v taskset >/dev/null; then PIN="taskset -c 0"; fi

mvn -q -B -o -pl common,benchmarks -am compile
CP="benchmarks/target/classes:common/target/classes:$(mvn -q -B -o -pl common dependency:build-classpath \
  -Dmdep.outputFile=/dev/stdout)"
JAVA="java -Xmx3g -cp $CP org.radiomesh.benchmarks.DecodeSideBySide"

cat > "$WORK/pydicom_decode.py" <<'PYEOF'
import glob, os, statistics, sys, time
import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import apply_modality_lut
folder, mode, warmups, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = sorted(glob.glob(os.path.join(folder, "*.dcm")))
total = sum(os.path.getsize(f) for f in files)

def pipeline(ds):
    hu = apply_modality_lut(ds.pixel_array, ds)
    c = float(ds.WindowCenter if not isinstance(ds.WindowCenter, pydicom.multival.MultiValue) else ds.WindowCenter[0])
    w = float(ds.WindowWidth if not isinstance(ds.WindowWidth, pydicom.multival.MultiValue) else ds.WindowWidth[0])
    v = np.clip((hu - (c - 0.5)) / (w - 1) + 0.5, 0, 1).astype(np.float32)
    if ds.PhotometricInterpretation == "MONOCHROME1":
        v = 1 - v
    return v

wall, cpu = [], []
check = 0.0
for p in range(warmups + runs):
    t0, c0 = time.perf_counter(), time.process_time()
    for f in files:
        ds = pydicom.dcmread(f)
        a = ds.pixel_array if mode == "pixel_array" else pipeline(ds)
        check += float(a.flat[a.size // 2]) / (warmups + runs)
    if p >= warmups:
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
w, c = statistics.median(wall), statistics.median(cpu)
print("pydicom-%s %s files=%d bytes=%d wall=%.4f cpu=%.4f files_per_cpu_s=%.1f mb_per_cpu_s=%.1f"
      " files_per_wall_s=%.1f checksum=%.3f"
      % (mode, pydicom.__version__, len(files), total, w, c, len(files) / c, total / 1e6 / c, len(files) / w, check))
PYEOF

field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$2"; }
printf '%-6s %6s %9s | %11s %9s | %11s %9s | %11s %9s | %7s %7s\n' corpus files MB java_f/s java_MB/s \
  pyd_raw_f/s raw_MB/s pyd_pipe_f/s pipe_MB/s vs_raw vs_pipe
for CORPUS in ct dx jpeg rle; do
  case $CORPUS in ct) N=300 ;; dx) N=12 ;; jpeg) N=100 ;; rle) N=100 ;; esac
  N=$((N * SCALE))
  $JAVA write "$WORK/$CORPUS" "$CORPUS" "$N"
  J=$($PIN $JAVA time "$WORK/$CORPUS" "$WARMUPS" "$RUNS")
  R=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $PIN $PY "$WORK/pydicom_decode.py" "$WORK/$CORPUS" pixel_array \
      "$WARMUPS" "$RUNS")
  P=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $PIN $PY "$WORK/pydicom_decode.py" "$WORK/$CORPUS" pipeline \
      "$WARMUPS" "$RUNS")
  MB=$(awk -v b="$(field bytes "$J")" 'BEGIN { printf "%.1f", b / 1e6 }')
  VR=$(awk -v a="$(field files_per_cpu_s "$J")" -v b="$(field files_per_cpu_s "$R")" 'BEGIN { printf "%.2fx", a / b }')
  VP=$(awk -v a="$(field files_per_cpu_s "$J")" -v b="$(field files_per_cpu_s "$P")" 'BEGIN { printf "%.2fx", a / b }')
  printf '%-6s %6s %9s | %11s %9s | %11s %9s | %11s %9s | %7s %7s\n' "$CORPUS" "$N" "$MB" \
    "$(field files_per_cpu_s "$J")" "$(field mb_per_cpu_s "$J")" "$(field files_per_cpu_s "$R")" \
    "$(field mb_per_cpu_s "$R")" "$(field files_per_cpu_s "$P")" "$(field mb_per_cpu_s "$P")" "$VR" "$VP"
  echo "  $J" >&2
  echo "  $R" >&2
  echo "  $P" >&2
done
echo "files/s and MB/s per CPU second (process CPU time, all threads), one core each (pinned: ${PIN:-no});" \
  "vs_raw = java / pydicom .pixel_array; vs_pipe = java / pydicom + numpy pipeline;" \
  "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
