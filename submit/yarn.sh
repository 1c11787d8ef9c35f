#!/usr/bin/env bash
# spark-submit to YARN in cluster mode: the driver runs in the application master, so this machine may disconnect.
#
#   submit/yarn.sh pipeline --input hdfs:///archive --out hdfs:///runs/$(date +%F)
#   GPU=1 RAPIDS_JAR=/opt/rapids-4-spark_2.12-25.04.0.jar submit/yarn.sh pipeline ...
#   PYTORCH_LIBRARY_PATH=/opt/libtorch/lib RADIOMESH_JAR=jobs/target/radiomesh-jobs.jar submit/yarn.sh ...  (-Pslim jar)
#
# Environment: HADOOP_CONF_DIR or YARN_CONF_DIR (required by spark-submit), YARN_QUEUE (default: default),
# EXECUTORS (default 4), GPU=1 (YARN GPU scheduling: yarn.io/gpu resource type on the node managers), and those of
# radiomesh-submit.
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
[ $# -ge 1 ] || { sed -n '2,10p' "$0"; exit 2; }
args=(--master yarn --deploy-mode cluster --queue "${YARN_QUEUE:-default}" --num-executors "${EXECUTORS:-4}")
[ -n "${GPU:-}" ] && args=(--gpu "${args[@]}")
exec "$HERE/radiomesh-submit" "${args[@]}" -- "$@"
