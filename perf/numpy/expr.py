"""NumPy twins of perf/src/main/java/org/ndvec/perf/ExprBench.java (same names, same data sizes).

NumPy has no fused loop: every row is its ufunc chain, which allocates a temporary per operation.
"""
import numpy as np


def _f32(seed, n):
    return (np.random.default_rng(seed).standard_normal(n) * 3).astype(np.float32)


def _xcd():
    n = 1 << 20
    return _f32(1, n), _f32(2, n), _f32(3, n), np.empty(n, np.float32)


def _gaussian(s):
    x, c, d, _ = s
    return np.exp(-0.5 * x * x) * c + d


def _gaussian_out(s):
    x, c, d, o = s
    return np.add(np.exp(-0.5 * x * x) * c, d, out=o)


WORKLOADS = {
    "expr_gaussian_f32_1m": (_xcd, _gaussian),
    "expr_gaussian_f32_1m_out": (_xcd, _gaussian_out),
    "chain_gaussian_f32_1m": (_xcd, _gaussian),
}
