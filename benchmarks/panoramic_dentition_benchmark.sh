#!/usr/bin/env bash
# Panoramic -> report -> spec -> 3D dentition on synthetic cases, scored against each case's own arch meshes:
# org.radiomesh.benchmarks.PanoramicToDentitionBenchmark with the shipped findings model (CPU, libtorch 1 thread per
# case thread). Prints markdown tables; --json FILE also writes one JSON line per case.
# Usage: benchmarks/panoramic_dentition_benchmark.sh [--cases N=50] [--from I=0] [--seed S=2] [--anatomy-seed A=0]
#          [--samples K=20000] [--threads T=2] [--model DIR=data-samples/models/findings-v1] [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -pl common,benchmarks -am compile
DEPS=$(mktemp)
trap 'rm -f "$DEPS"' EXIT
mvn -q -B -o -pl common dependency:build-classpath -Dmdep.outputFile="$DEPS" >/dev/null
CP=benchmarks/target/classes:common/target/classes:$(cat "$DEPS")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx6g -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -cp "$CP" \
  org.radiomesh.benchmarks.PanoramicToDentitionBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
