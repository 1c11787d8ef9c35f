#!/usr/bin/python3
"""pydicom side of the ingest benchmark (benchmarks/ingest_side_by_side.sh).

Lists the .dcm files under DIR once, then per mode runs PASSES timed passes (no warm-up: no JIT; the page cache is
warmed by the caller) over all files on
one thread, printing the best pass as one JSON line (files/s, MB/s of file size, by wall time and by the process's CPU
time), like HeaderCatalogBenchmark.

Modes: "dcmread" is dcmread(path, stop_before_pixels=True), pydicom's header-only read; "dcmread+json" adds
ds.to_json_dict(), the header as DICOM JSON, which is what a catalog stores (Databricks Pixels does the same).
pydicom converts values lazily, so "dcmread" alone does less work per file than radiomesh's "parse" mode, which
decodes every value; "dcmread+json" forces the conversion.

Usage: ingest_pydicom.py DIR PASSES [MODE...]
"""
import json
import os
import sys
import time

import pydicom


def run(mode, files):
    for path in files:
        ds = pydicom.dcmread(path, stop_before_pixels=True)
        if mode == "dcmread+json":
            ds.to_json_dict(bulk_data_threshold=256, bulk_data_element_handler=lambda e: "omitted")


def main():
    root, passes = sys.argv[1], int(sys.argv[2])
    modes = sys.argv[3:] or ["dcmread", "dcmread+json"]
    files = sorted(os.path.join(d, f) for d, _, names in os.walk(root) for f in names if f.endswith(".dcm"))
    total = sum(os.path.getsize(f) for f in files)
    for mode in modes:
        best = best_cpu = float("inf")
        for p in range(1, passes + 1):
            t0, c0 = time.perf_counter(), time.process_time()
            run(mode, files)
            s, cpu = time.perf_counter() - t0, time.process_time() - c0
            if p > 0:
                best, best_cpu = min(best, s), min(best_cpu, cpu)
        print(json.dumps({"tool": "pydicom " + pydicom.__version__, "mode": mode, "files": len(files),
                          "seconds": round(best, 3), "cpu_seconds": round(best_cpu, 3),
                          "files_per_s": round(len(files) / best, 1),
                          "files_per_cpu_s": round(len(files) / best_cpu, 1),
                          "mb_per_s": round(total / 1e6 / best, 1), "mb_per_cpu_s": round(total / 1e6 / best_cpu, 1)}))


if __name__ == "__main__":
    main()
