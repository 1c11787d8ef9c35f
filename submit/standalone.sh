#!/usr/bin/env bash
# spark-submit to a Spark standalone cluster. The driver runs here (client mode): input and output paths must be
# reachable from every worker (HDFS, NFS, S3A).
#
#   SPARK_MASTER_URL=spark://head:7077 submit/standalone.sh pipeline --input hdfs:///archive --out hdfs:///runs/r1
#
# Environment: SPARK_MASTER_URL (required), TOTAL_CORES (spark.cores.max, default: all the cluster gives),
# GPU=1 (conf/spark-gpu.conf; RAPIDS_JAR=.../rapids-4-spark_2.12-25.04.0.jar; workers need
# spark.worker.resource.gpu.* and submit/get-gpus.sh), and those of radiomesh-submit.
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
[ $# -ge 1 ] || { sed -n '2,10p' "$0"; exit 2; }
: "${SPARK_MASTER_URL:?set SPARK_MASTER_URL, e.g. spark://head:7077}"
args=(--master "$SPARK_MASTER_URL" --deploy-mode client)
[ -n "${TOTAL_CORES:-}" ] && args+=(--total-executor-cores "$TOTAL_CORES")
[ -n "${GPU:-}" ] && args=(--gpu "${args[@]}")
exec "$HERE/radiomesh-submit" "${args[@]}" -- "$@"
