#!/usr/bin/env python3
"""NumPy's singular values (np.linalg.svd(a, compute_uv=False), LAPACK dgesdd) of tall and wide
matrices that Java builds exactly the same way (integer formulas), for TallSvdTest.

Run from the repository root: python3 src/test/python/gen_svd_fixtures.py
Writes src/test/resources/fixtures/linalg/svd_values.txt, one matrix per line:
    <name> <m> <n> <singular values descending, as float.hex()>
"""
import os

# one BLAS thread: the same bits on every machine and run
os.environ["OPENBLAS_NUM_THREADS"] = "1"
import numpy as np  # noqa: E402


def modular(m, n):
    # entries in [-50/64, 50/64]
    return np.array([[((i * 7 + j * 13 + (i * j) % 17) % 101 - 50) / 64 for j in range(n)] for i in range(m)])


def low_rank(m, n, rank):
    # B C with B m x rank and C rank x n of small integers: every product exact
    b = np.array([[(i * (k + 3) + k) % 7 - 3 for k in range(rank)] for i in range(m)], dtype=float)
    c = np.array([[(k * 5 + j * (k + 2)) % 9 - 4 for j in range(n)] for k in range(rank)], dtype=float)
    return b @ c


CASES = {
    "modular_600x50": modular(600, 50),
    "modular_130x64": modular(130, 64),
    "low_rank_300x20": low_rank(300, 20, 4),
    "modular_30x90": modular(30, 90),
}

if __name__ == "__main__":
    with open("src/test/resources/fixtures/linalg/svd_values.txt", "w") as out:
        out.write("# written by src/test/python/gen_svd_fixtures.py (NumPy %s)\n" % np.__version__)
        for name, a in CASES.items():
            s = np.linalg.svd(a, compute_uv=False)
            out.write("%s %d %d %s\n" % (name, a.shape[0], a.shape[1], " ".join(float(x).hex() for x in s)))
