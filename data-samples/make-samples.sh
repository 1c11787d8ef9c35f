#!/usr/bin/env bash
# Regenerates data-samples/ with bin/radiomesh (see data-samples/README.md for what each part is).
# The case files and meshes are byte-identical on every run; Spark's Parquet part-file names and summary.json's
# start and finish times are not. Takes a few minutes on a laptop.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
RM="$ROOT/bin/radiomesh"
OUT="$ROOT/data-samples"
SEED=2024

rm -rf "$OUT/synth" "$OUT/synth-full" "$OUT/eval"

# 1. Eight cases: simulated panoramic radiograph (16-bit PNG, 8-bit preview, DICOM PX, DENTEX COCO) and ground truth.
"$RM" synth --cases 8 --seed "$SEED" --out "$OUT/synth" --modalities panoramic \
  --pixel-pitch-mm 0.6 --panoramic-voxel-mm 0.5 --partitions 2

# 2. Case 0 of the same seed (the same virtual patient) with every modality, at a coarse resolution.
"$RM" synth --cases 1 --seed "$SEED" --out "$OUT/synth-full" --modalities mesh,panoramic,cbct \
  --tooth-voxel-mm 1.0 --bone-voxel-mm 2.5 --arch-voxel-mm 1.5 \
  --pixel-pitch-mm 0.6 --panoramic-voxel-mm 0.5 --cbct-voxel-mm 2.0

# 3. Pairs for `radiomesh evaluate`: ground-truth teeth (seed 1, 0.4 mm voxels) against two kinds of "prediction":
#    the same tooth re-meshed at 0.8 mm and Taubin-smoothed (small error), and the tooth of another seed (another
#    size and shape draw, meshed at 0.6 mm: larger error); plus one broken prediction (a truncated PLY).
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT/eval/gt" "$OUT/eval/pred"
echo "id,pred,gt,variant,tooth" > "$OUT/eval/pairs.csv"
while IFS=: read -r fdi prompt; do
  "$RM" synth-tooth "$prompt" --out "$TMP/gt-$fdi" --seed 1 --voxel-mm 0.4 > /dev/null
  "$RM" synth-tooth "$prompt" --out "$TMP/re-$fdi" --seed 1 --voxel-mm 0.8 --smooth 10 > /dev/null
  "$RM" synth-tooth "$prompt" --out "$TMP/var-$fdi" --seed 2 --voxel-mm 0.6 > /dev/null
  cp "$TMP/gt-$fdi/tooth.ply" "$OUT/eval/gt/$fdi.ply"
  cp "$TMP/re-$fdi/tooth.ply" "$OUT/eval/pred/$fdi-remeshed.ply"
  cp "$TMP/var-$fdi/tooth.ply" "$OUT/eval/pred/$fdi-other-seed.ply"
  echo "$fdi-remeshed,pred/$fdi-remeshed.ply,gt/$fdi.ply,remeshed,$fdi" >> "$OUT/eval/pairs.csv"
  echo "$fdi-other-seed,pred/$fdi-other-seed.ply,gt/$fdi.ply,other-seed,$fdi" >> "$OUT/eval/pairs.csv"
done <<'TEETH'
36:a lower left first molar
11:an upper right central incisor
23:an upper left canine
45:a lower right second premolar
TEETH
head -c 700 "$OUT/eval/pred/36-remeshed.ply" > "$OUT/eval/pred/broken.ply"
echo "broken,pred/broken.ply,gt/36.ply,broken,36" >> "$OUT/eval/pairs.csv"

# Hadoop's checksum side files of the Parquet tables are not needed to read them.
find "$OUT/synth" "$OUT/synth-full" -name '.*.crc' -delete
du -sh "$OUT/synth" "$OUT/synth-full" "$OUT/eval"
