#!/usr/bin/env python3
"""NumPy twin of org.ndvec.perf.user.MixedSequence: large elementwise ops and reductions on 4M
float32 elements, issue 19's np.exp(-0.5*x*x)*c + d on 1M of them (NumPy has only the op-by-op
chain, so both of its rows run that), then 20,000 small linear layers (32 x 10 @ 10 x 5 + bias),
then 20,000 row softmaxes of their 32 x 5 output, in one process; prints the median time per call
of each step, in nanoseconds, as JSON."""
import json
import time

import numpy as np

LARGE, LARGE_CALLS, SMALL_CALLS = 1 << 22, 30, 20000


def median(calls, op, sink):
    t = []
    for _ in range(calls):
        t0 = time.perf_counter_ns()
        r = op()
        t.append(time.perf_counter_ns() - t0)
        sink[0] += float(r.flat[0]) if r.ndim else float(r)
    t.sort()
    return t[calls // 2]


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main():
    rs = np.random.RandomState(0)
    a = rs.random_sample(LARGE).astype(np.float32)
    b = rs.random_sample(LARGE).astype(np.float32)
    m = a.reshape(2048, 2048)
    sink = [0.0]
    out = {}
    out["add_4m"] = median(LARGE_CALLS, lambda: a + b, sink)
    o = np.zeros(LARGE, np.float32)
    out["add_out_4m"] = median(LARGE_CALLS, lambda: np.add(a, b, out=o), sink)
    out["muladd_4m"] = median(LARGE_CALLS, lambda: a * b + a, sink)
    out["exp_4m"] = median(LARGE_CALLS, lambda: np.exp(a), sink)
    out["sum_4m"] = median(LARGE_CALLS, lambda: a.sum(), sink)
    out["mean_axis0_2048x2048"] = median(LARGE_CALLS, lambda: m.mean(axis=0), sink)
    x1, c1, d1 = a[:1 << 20], b[:1 << 20], a[1 << 20:2 << 20]
    gaussian = lambda: np.exp(-0.5 * x1 * x1) * c1 + d1
    out["expr_gaussian_1m"] = median(LARGE_CALLS, gaussian, sink)
    out["chain_gaussian_1m"] = median(LARGE_CALLS, gaussian, sink)  # NumPy has only the chain
    x = rs.random_sample((32, 10)).astype(np.float32)
    w = rs.random_sample((10, 5)).astype(np.float32)
    bias = rs.random_sample(5).astype(np.float32)
    out["linear_32x10x5"] = median(SMALL_CALLS, lambda: x @ w + bias, sink)
    logits = x @ w + bias
    out["softmax_32x5"] = median(SMALL_CALLS, lambda: softmax(logits), sink)
    out["check"] = round(sink[0], 4)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
