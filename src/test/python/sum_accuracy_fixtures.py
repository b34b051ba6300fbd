"""NumPy's float32 and float64 sums of 16M mixed-sign values, for SumAccuracyTest.

Run from the repository root:  python3 src/test/python/sum_accuracy_fixtures.py
Writes src/test/resources/fixtures/reductions/sum_accuracy.tsv, one line per case:
    seed  dtype  n  numpy_sum (float.hex)  numpy_error (vs the exact sum, for reading only)
The data, rebuilt bit for bit by the Java test from the seed alone:
    u[i] = (x[i] >> 8) * 2^-24 - 0.5 as float32, x the LCG of perf/numpy/reductions.py
           (x = 1664525 x + 1013904223 mod 2^32, first x from the seed); every u[i] is exact
    v[i] = float64(u[i]) * 0.7071067811865476, each product rounded once (the same in Java)
"""
import importlib.util
import os
from fractions import Fraction

import numpy as np

OUT = os.path.join("src", "test", "resources", "fixtures", "reductions", "sum_accuracy.tsv")
N = 1 << 24
SEEDS = (1, 2, 3)
SCALE = 0.7071067811865476


def lcg_floats():
    spec = importlib.util.spec_from_file_location("reductions", os.path.join("perf", "numpy", "reductions.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.lcg_floats


def main():
    lcg = lcg_floats()
    lines = []
    for seed in SEEDS:
        u = lcg(N, seed) - np.float32(0.5)
        v = u.astype(np.float64) * SCALE
        for name, a in (("float32", u), ("float64", v)):
            got = float(np.sum(a))
            # exact rational sums: u in units of 2^-24; v term by term (about 3 minutes)
            if name == "float32":
                exact = Fraction(int((a.astype(np.float64) * 2.0 ** 24).astype(np.int64).sum()), 1 << 24)
            else:
                exact = sum((Fraction(x) for x in a.tolist()), Fraction(0))
            err = abs(Fraction(got) - exact)
            lines.append("%d\t%s\t%d\t%s\t%.6g" % (seed, name, N, got.hex(), float(err)))
            print(lines[-1])
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
