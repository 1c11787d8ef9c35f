#!/usr/bin/env bash
# spark-submit to Kubernetes in cluster mode. The image must hold Spark 3.5.5 and the job jar at
# /opt/radiomesh/radiomesh-jobs.jar (and, for GPU, the RAPIDS jar and the NVIDIA device plugin on the nodes).
#
#   K8S_API=https://k8s.example:6443 RADIOMESH_IMAGE=registry.example/radiomesh:0.1.0 \
#     submit/k8s.sh pipeline --input s3a://bucket/archive --out s3a://bucket/runs/r1
#
# Environment: K8S_API and RADIOMESH_IMAGE (required), K8S_NAMESPACE (default radiomesh), K8S_SERVICE_ACCOUNT
# (default spark), EXECUTORS (default 4), GPU=1 (spark.executor.resource.gpu.vendor=nvidia.com; RAPIDS_JAR as a
# local:// path inside the image), and those of radiomesh-submit.
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
[ $# -ge 1 ] || { sed -n '2,10p' "$0"; exit 2; }
: "${K8S_API:?set K8S_API, e.g. https://k8s.example:6443}"
: "${RADIOMESH_IMAGE:?set RADIOMESH_IMAGE, the container image with Spark and the job jar}"
export RADIOMESH_JAR=${RADIOMESH_JAR:-local:///opt/radiomesh/radiomesh-jobs.jar}
args=(--master "k8s://$K8S_API" --deploy-mode cluster
  --conf "spark.kubernetes.container.image=$RADIOMESH_IMAGE"
  --conf "spark.kubernetes.namespace=${K8S_NAMESPACE:-radiomesh}"
  --conf "spark.kubernetes.authenticate.driver.serviceAccountName=${K8S_SERVICE_ACCOUNT:-spark}"
  --conf "spark.executor.instances=${EXECUTORS:-4}")
if [ -n "${GPU:-}" ]; then
  args=(--gpu "${args[@]}" --conf spark.executor.resource.gpu.vendor=nvidia.com)
fi
exec "$HERE/radiomesh-submit" "${args[@]}" -- "$@"
