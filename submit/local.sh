#!/usr/bin/env bash
# spark-submit on this machine (local mode, all cores) with the shaded job jar: the same jar and settings as a
# cluster run, without a cluster. Handy to try a submit line before sending it to a cluster.
#
#   submit/local.sh pipeline --input data-samples/archive --out out/run1
#   GPU=1 RAPIDS_JAR=/opt/rapids-4-spark_2.12-25.04.0.jar submit/local.sh pipeline ...
#
# Environment: SPARK_HOME, RADIOMESH_JAR, RADIOMESH_CONF, PYTORCH_LIBRARY_PATH, RAPIDS_JAR (see radiomesh-submit);
# LOCAL_CORES (default *), GPU=1 for the GPU settings (conf/spark-gpu.conf, needs RAPIDS_JAR).
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
[ $# -ge 1 ] || { sed -n '2,9p' "$0"; exit 2; }
gpu=(); [ -n "${GPU:-}" ] && gpu=(--gpu)
exec "$HERE/radiomesh-submit" "${gpu[@]}" --master "local[${LOCAL_CORES:-*}]" --deploy-mode client -- "$@"
