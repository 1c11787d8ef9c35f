#!/usr/bin/env bash
# Synthetic data generator throughput: whole cases (meshes + panoramic radiograph + PNG + DICOM PX + COCO + ground
# truth) at the default resolution, one thread pinned to one core, median seconds per case and cases per minute per
# core. Usage: benchmarks/synth_cases.sh [cases=6] [warmups=1] [seed=2024]
set -euo pipefail
cd "$(dirname "$0")/.."
PIN=""
if command -v taskset >/dev/null; then PIN="taskset -c 0"; fi
mvn -q -B -o -pl common,benchmarks -am compile
CPFILE=$(mktemp)
trap 'rm -f "$CPFILE"' EXIT
mvn -q -B -o -pl common dependency:build-classpath -Dmdep.outputFile="$CPFILE" > /dev/null
CP=benchmarks/target/classes:common/target/classes:$(cat "$CPFILE")
# shellcheck disable=SC2086
$PIN java -Xmx3g -Dai.djl.offline=true -cp "$CP" org.radiomesh.benchmarks.SynthCaseTiming "$@"
