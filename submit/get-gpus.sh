#!/usr/bin/env bash
# Spark GPU discovery script (spark.executor.resource.gpu.discoveryScript): prints the GPUs this executor may use as
# {"name": "gpu", "addresses": ["0", "1"]}. Honours CUDA_VISIBLE_DEVICES when set; otherwise asks nvidia-smi.
set -euo pipefail
if [ -n "${CUDA_VISIBLE_DEVICES:-}" ]; then
  ids=$(echo "$CUDA_VISIBLE_DEVICES" | tr ',' '\n')
elif command -v nvidia-smi >/dev/null 2>&1; then
  ids=$(nvidia-smi --query-gpu=index --format=csv,noheader)
else
  ids=""
fi
addresses=$(printf '%s\n' $ids | awk 'NF {printf "%s\"%s\"", (n++ ? "," : ""), $1}')
echo "{\"name\": \"gpu\", \"addresses\": [${addresses}]}"
