"""NumPy twins of perf/src/main/java/org/ndvec/perf/ElementwiseBench.java (same names, same data sizes)."""
import numpy as np


def _f32(seed, *shape):
    return (np.random.default_rng(seed).standard_normal(shape) * 3).astype(np.float32)


def _pair(n):
    return lambda: (_f32(1, n), _f32(2, n))


def _square():
    return _f32(1, 4096, 4096), _f32(2, 4096, 4096), _f32(3, 4096), _f32(4, 4096, 1)


def _gelu(a):
    return 0.5 * a * (1 + np.tanh(np.float32(0.7978845608028654) * (a + np.float32(0.044715) * (a * a * a))))


WORKLOADS = {
    "add_f32_1k": (_pair(1024), lambda s: s[0] + s[1]),
    "add_f32_1m": (_pair(1 << 20), lambda s: s[0] + s[1]),
    "add_f32_1m_out": (lambda: (_f32(1, 1 << 20), _f32(2, 1 << 20), np.empty(1 << 20, np.float32)),
                       lambda s: np.add(s[0], s[1], out=s[2])),
    "add_f64_1m": (lambda: (_f32(1, 1 << 20).astype(np.float64), _f32(2, 1 << 20).astype(np.float64)),
                   lambda s: s[0] + s[1]),
    "add_f32_16m": (_pair(1 << 24), lambda s: s[0] + s[1]),
    "add_f32_16m_out": (lambda: (_f32(1, 1 << 24), _f32(2, 1 << 24), np.empty(1 << 24, np.float32)),
                        lambda s: np.add(s[0], s[1], out=s[2])),
    "muladd_f32_16m": (lambda: (_f32(1, 1 << 24), _f32(2, 1 << 24), _f32(3, 1 << 24)),
                       lambda s: s[0] * s[1] + s[2]),
    "add_f32_rowbcast_4096x4096": (_square, lambda s: s[0] + s[2]),
    "add_f32_colbcast_4096x4096": (_square, lambda s: s[0] + s[3]),
    "add_f32_samesize_4096x4096": (_square, lambda s: s[0] + s[1]),
    "add_f32_transposed_4096x4096": (_square, lambda s: s[0].T + s[1]),
    "relu_f32_1m": (lambda: _f32(1, 1 << 20), lambda a: np.maximum(a, np.float32(0))),
    "clip_f32_1m": (lambda: _f32(1, 1 << 20), lambda a: np.clip(a, -1.0, 1.0)),
    "sigmoid_f32_1m": (lambda: _f32(1, 1 << 20), lambda a: 1 / (1 + np.exp(-a))),
    "tanh_f32_1m": (lambda: _f32(1, 1 << 20), np.tanh),
    "exp_f32_1m": (lambda: _f32(1, 1 << 20), np.exp),
    "gelu_f32_1m": (lambda: _f32(1, 1 << 20), _gelu),
    "log_f32_1m": (lambda: np.abs(_f32(1, 1 << 20)), np.log),
    "exp_f32_1m_out": (lambda: (_f32(1, 1 << 20), np.empty(1 << 20, np.float32)),
                       lambda s: np.exp(s[0], out=s[1])),
    "tanh_f32_1m_out": (lambda: (_f32(1, 1 << 20), np.empty(1 << 20, np.float32)),
                        lambda s: np.tanh(s[0], out=s[1])),
    "log_f32_1m_out": (lambda: (np.abs(_f32(1, 1 << 20)), np.empty(1 << 20, np.float32)),
                       lambda s: np.log(s[0], out=s[1])),
    "exp_f64_1m": (lambda: _f32(1, 1 << 20).astype(np.float64), np.exp),
    "log_f64_1m": (lambda: np.abs(_f32(1, 1 << 20)).astype(np.float64), np.log),
    "tanh_f64_1m": (lambda: _f32(1, 1 << 20).astype(np.float64), np.tanh),
    "sigmoid_f64_1m": (lambda: _f32(1, 1 << 20).astype(np.float64), lambda a: 1 / (1 + np.exp(-a))),
    "arraycopy_f32_16m": (lambda: (_f32(1, 1 << 24), np.empty(1 << 24, np.float32)),
                          lambda s: np.copyto(s[1], s[0])),
}
