#!/usr/bin/env python3
"""Writes fixtures/pipeline/pipeline.npz: inputs and NumPy's answers for org.ndvec.pipeline tests.

    python3 src/test/python/gen_pipeline_fixtures.py

Each answer is computed with the plain NumPy code quoted in the Javadoc of the class it checks
(Standardizer, MinMaxScaler, Split, Minibatches), never with ndvec.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "pipeline"))
EPS = np.finfo(np.float64).eps


def standardize(x, xt):
    x64 = x.astype(np.float64)
    mean = x64.mean(axis=0)
    var = x64.var(axis=0)
    n = x.shape[0]
    constant = var <= n * EPS * var + (n * mean * EPS) ** 2
    scale = np.sqrt(var)
    scale[constant] = 1.0
    z = (xt - mean.astype(xt.dtype)) / scale.astype(xt.dtype)
    back = z * scale.astype(z.dtype) + mean.astype(z.dtype)
    return mean, scale, z, back


def minmax(x, xt, fmin, fmax):
    x64 = x.astype(np.float64)
    lo, hi = x64.min(0), x64.max(0)
    rng = hi - lo
    rng[rng < 10 * EPS] = 1.0
    scale = (fmax - fmin) / rng
    offset = fmin - lo * scale
    z = xt * scale.astype(xt.dtype) + offset.astype(xt.dtype)
    back = (z - offset.astype(z.dtype)) / scale.astype(z.dtype)
    return scale, offset, z, back


def main():
    os.makedirs(OUT, exist_ok=True)
    out = {}
    rs = np.random.RandomState(2026)
    x = rs.randn(20, 5) * np.array([1.0, 100.0, 1e-3, 0.0, 5.0]) + np.array([0.0, -50.0, 3.0, 7.25, 1e6])
    x[:, 3] = 7.25  # a constant column: scale 1 in both scalers
    xt = rs.randn(6, 5) * 10
    out["x64"], out["xt64"] = x, xt
    out["x32"], out["xt32"] = x.astype(np.float32), xt.astype(np.float32)
    for tag in ["64", "32"]:
        m, s, z, b = standardize(out["x" + tag], out["xt" + tag])
        out["std" + tag + "_mean"], out["std" + tag + "_scale"], out["std" + tag + "_z"], out["std" + tag + "_back"] = m, s, z, b
        sc, off, z, b = minmax(out["x" + tag], out["xt" + tag], -1.0, 2.0)
        out["mm" + tag + "_scale"], out["mm" + tag + "_offset"], out["mm" + tag + "_z"], out["mm" + tag + "_back"] = sc, off, z, b

    # trainTestSplit: rows of x are their own index, so the parts reveal the permutation.
    sx = np.arange(23 * 2, dtype=np.float64).reshape(23, 2)
    sy = np.array(["r%d" % i for i in range(23)])
    out["split_x"], out["split_y"] = sx, sy
    for seed, ratio, tag in [(42, 0.25, "a"), (0, 0.3, "b"), (4294967295, 0.5, "c")]:
        perm = np.random.RandomState(seed).permutation(len(sx))
        n_test = int(np.ceil(ratio * len(sx)))
        out["split_" + tag + "_xtrain"], out["split_" + tag + "_xtest"] = sx[perm[n_test:]], sx[perm[:n_test]]
        out["split_" + tag + "_ytrain"], out["split_" + tag + "_ytest"] = sy[perm[n_test:]], sy[perm[:n_test]]

    # Minibatches: 10 rows, batch 3, seed 7, three epochs, with and without drop_last.
    for drop in [False, True]:
        rng = np.random.RandomState(7)
        epochs = []
        for epoch in range(3):
            order = rng.permutation(10)
            rows = []
            for start in range(0, 10, 3):
                idx = order[start:start + 3]
                if drop and len(idx) < 3:
                    break
                rows.append(idx)
            epochs.append(np.concatenate(rows))
        out["mb_drop%d" % drop] = np.stack(epochs)
    np.savez(os.path.join(OUT, "pipeline.npz"), **out)


if __name__ == "__main__":
    main()
