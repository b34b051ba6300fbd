#!/usr/bin/env python3
"""NumPy twin of org.ndvec.perf.user.LinearLayerLatency: a 32 x 10 @ 10 x 5 float32 linear layer
plus bias, called 10,000 times from a fresh process; prints the time of calls #1, #100, #1,000 and
#10,000 and the median of the last 1,000, in nanoseconds, as JSON."""
import json
import sys
import time

import numpy as np


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rs = np.random.RandomState(0)
    x = rs.random_sample((32, 10)).astype(np.float32)
    w = rs.random_sample((10, 5)).astype(np.float32)
    b = rs.random_sample(5).astype(np.float32)
    t = [0] * calls
    sink = 0.0
    for i in range(calls):
        t0 = time.perf_counter_ns()
        y = x @ w + b
        t[i] = time.perf_counter_ns() - t0
        sink += float(y[0, 0])
    tail = sorted(t[-1000:])
    print(json.dumps({"call_1": t[0], "call_100": t[min(99, calls - 1)], "call_1000": t[min(999, calls - 1)],
                      "call_10000": t[calls - 1], "median_last_1000": tail[len(tail) // 2],
                      "check": round(sink / calls, 6)}))


if __name__ == "__main__":
    main()
