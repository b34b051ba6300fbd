#!/usr/bin/env python3
"""NumPy's eigenvalues (np.linalg.eigvalsh, LAPACK dsyevd) of symmetric matrices that Java builds
exactly the same way (integer formulas, so both sides hold the same bits), for SymmetricEigenTest.

Run from the repository root: python3 src/test/python/gen_eigh_fixtures.py
Writes src/test/resources/fixtures/linalg/eigh_values.txt, one matrix per line:
    <name> <n> <eigenvalues ascending, as float.hex()>
"""
import os

# one BLAS thread: the same bits on every machine and run
os.environ["OPENBLAS_NUM_THREADS"] = "1"
import numpy as np  # noqa: E402


def modular(n):
    # entries in [-50/64, 50/64], from the lower triangle's (i, j), i >= j
    a = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1):
            a[i, j] = a[j, i] = ((i * 7 + j * 13 + (i * j) % 17) % 101 - 50) / 64
    return a


def low_rank(n):
    # B B^T with B n x 3 of small integers: rank 3, n - 3 zero eigenvalues, every product exact
    b = np.array([[(i * (k + 3) + k) % 7 - 3 for k in range(3)] for i in range(n)], dtype=float)
    return b @ b.T


def glued_wilkinson(blocks):
    # Wilkinson's W21+ (diagonal |10 - i|, off-diagonal 1) glued by 1e-8: its eigenvalues come in
    # pairs that agree to ~14 digits, and across blocks they repeat up to the glue
    n = 21 * blocks
    a = np.zeros((n, n))
    for i in range(n):
        a[i, i] = abs(10 - i % 21)
        if i + 1 < n:
            a[i, i + 1] = a[i + 1, i] = 1.0 if (i + 1) % 21 else 1e-8
    return a


CASES = {
    "modular_150": modular(150),
    "modular_300": modular(300),
    "low_rank_120": low_rank(120),
    "glued_wilkinson_105": glued_wilkinson(5),
}

if __name__ == "__main__":
    with open("src/test/resources/fixtures/linalg/eigh_values.txt", "w") as out:
        out.write("# written by src/test/python/gen_eigh_fixtures.py (NumPy %s)\n" % np.__version__)
        for name, a in CASES.items():
            w = np.linalg.eigvalsh(a)
            out.write("%s %d %s\n" % (name, a.shape[0], " ".join(float(x).hex() for x in w)))
