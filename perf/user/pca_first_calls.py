#!/usr/bin/env python3
"""NumPy twin of org.ndvec.perf.user.PcaFirstCalls: the principal axes of 100,000 x 64 float64
samples, ten times through eigh of the covariance, then ten times through the SVD of the centred
data, from a fresh process; prints the time of calls #1 and #10 of each, in nanoseconds, as JSON."""
import json
import time

import numpy as np

CALLS = 10


def main():
    x = np.random.RandomState(7).random_sample((100000, 64)) * (1 + np.arange(64) / 8.0)
    eigh, svd = [], []
    top_value = top_singular = 0.0
    for _ in range(CALLS):
        t0 = time.perf_counter_ns()
        centered = x - x.mean(axis=0)
        w, _ = np.linalg.eigh(centered.T @ centered / (x.shape[0] - 1))
        eigh.append(time.perf_counter_ns() - t0)
        top_value = float(w[-1])
    for _ in range(CALLS):
        t0 = time.perf_counter_ns()
        s = np.linalg.svd(x - x.mean(axis=0), full_matrices=False)[1]
        svd.append(time.perf_counter_ns() - t0)
        top_singular = float(s[0])
    print(json.dumps({"eigh_call_1": eigh[0], "eigh_call_10": eigh[-1], "svd_call_1": svd[0],
                      "svd_call_10": svd[-1], "top_eigenvalue": round(top_value, 6),
                      "top_singular_value": round(top_singular, 6)}))


if __name__ == "__main__":
    main()
