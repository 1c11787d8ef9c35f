#!/usr/bin/python3
"""SciPy half of chamfer_side_by_side.sh: the same Chamfer + F-score with scipy.spatial.cKDTree.

For each N, reads pred_N.f32 and gt_N.f32 (raw little-endian float32, N x 3) written by ChamferSideBySide, converts
them to float64 (cKDTree's type), and times: build both trees + query k=1 both ways with workers=1 + the unsquared
sum Chamfer distance and the standard F-score at 0.01 and 0.02 (d <= r). Warm-up rounds first, then best and median
of the measured rounds. Compares the numbers with java_N.txt and prints the speed ratios.

Usage: chamfer_ckdtree.py DIR N [N ...] [--warmup W] [--rounds R]
"""
import statistics
import sys
import time

import numpy as np
import scipy
from scipy.spatial import cKDTree

THRESHOLDS = (0.01, 0.02)


def metrics(pred, gt):
    t_pred = cKDTree(pred)
    t_gt = cKDTree(gt)
    d_pg, _ = t_gt.query(pred, k=1, workers=1)
    d_gp, _ = t_pred.query(gt, k=1, workers=1)
    chamfer = d_pg.mean() + d_gp.mean()
    fscores = []
    for r in THRESHOLDS:
        p = np.count_nonzero(d_pg <= r) / len(d_pg)
        rc = np.count_nonzero(d_gp <= r) / len(d_gp)
        fscores.append(0.0 if p + rc == 0 else 2 * p * rc / (p + rc))
    return chamfer, fscores


def read_java(path):
    values = {}
    with open(path) as f:
        for line in f:
            key, value = line.split()
            values[key] = float(value)
    return values


def main(argv):
    directory = argv[1]
    warmup, rounds, sizes = 2, 5, []
    i = 2
    while i < len(argv):
        if argv[i] == "--warmup":
            warmup = int(argv[i + 1])
            i += 2
        elif argv[i] == "--rounds":
            rounds = int(argv[i + 1])
            i += 2
        else:
            sizes.append(int(argv[i].replace("_", "")))
            i += 1
    print(f"scipy {scipy.__version__}, numpy {np.__version__}; best/median of {rounds} rounds after {warmup} warm-up")
    ok = True
    for n in sizes:
        pred = np.fromfile(f"{directory}/pred_{n}.f32", dtype="<f4").reshape(-1, 3).astype(np.float64)
        gt = np.fromfile(f"{directory}/gt_{n}.f32", dtype="<f4").reshape(-1, 3).astype(np.float64)
        times = []
        for r in range(warmup + rounds):
            t0 = time.perf_counter()
            chamfer, fscores = metrics(pred, gt)
            t1 = time.perf_counter()
            if r >= warmup:
                times.append(t1 - t0)
        java = read_java(f"{directory}/java_{n}.txt")
        agree = abs(java["chamfer"] - chamfer) <= 1e-9 * chamfer and all(
            abs(java[f"fscore@{r:g}"] - f) <= 1e-12 for r, f in zip(THRESHOLDS, fscores))
        ok = ok and agree
        best, median = min(times), statistics.median(times)
        print(f"\nN = {n:,} points per side")
        print(f"  numbers: chamfer scipy {chamfer:.12f} radiomesh {java['chamfer']:.12f}; "
              + ", ".join(f"F@{r:g} scipy {f:.6f} radiomesh {java[f'fscore@{r:g}']:.6f}"
                          for r, f in zip(THRESHOLDS, fscores))
              + ("  -> agree" if agree else "  -> DISAGREE"))
        print(f"  {'':28s}{'best s':>10s}{'median s':>10s}{'vs cKDTree (median)':>22s}")
        print(f"  {'scipy cKDTree, workers=1':28s}{best:10.3f}{median:10.3f}{1.0:21.2f}x")
        one = java["threads1_median"]
        cores = int(java["cores"])
        print(f"  {'radiomesh, 1 thread':28s}{java['threads1_best']:10.3f}{one:10.3f}{median / one:21.2f}x")
        allc = java["threadsAll_median"]
        print(f"  {f'radiomesh, {cores} threads':28s}{java['threadsAll_best']:10.3f}{allc:10.3f}"
              f"{median / allc:21.2f}x   ({one / allc:.2f}x its 1-thread time)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
