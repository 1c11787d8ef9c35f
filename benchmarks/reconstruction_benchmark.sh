#!/usr/bin/env bash
# Reconstruction benchmark: exact parametric tooth and arch meshes rendered by the anatomy engine, reconstructed by
# org.radiomesh.recon.MultiviewReconstructor, scored with org.radiomesh.metrics.MeshMetrics; pinned to one core.
# Usage: benchmarks/reconstruction_benchmark.sh [--teeth N] [--patients P] [--sweep-every K] [--csv FILE] [--seed S]
set -euo pipefail
cd "$(dirname "$0")/.."
PIN=""
if command -v taskset >/dev/null; then PIN="taskset -c 0"; fi
mvn -q -B -o -pl common,benchmarks -am compile
DEPS=$(mktemp)
trap 'rm -f "$DEPS"' EXIT
mvn -q -B -o -pl common dependency:build-classpath -Dmdep.outputFile="$DEPS" >/dev/null
CP=benchmarks/target/classes:common/target/classes:$(cat "$DEPS")
$PIN java -Xmx6g -Dai.djl.offline=true -cp "$CP" org.radiomesh.benchmarks.ReconstructionBenchmark "$@"
