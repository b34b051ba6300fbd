"""NumPy side of perf/src/main/java/org/ndvec/perf/GemmBench.java (issue 5).

WORKLOADS maps each workload to (setup, run); THREADS gives OpenBLAS threads where not 1.
Run directly (python3 perf/numpy/gemm.py [names...]) for a quick best-of timing table; set
OPENBLAS_NUM_THREADS before starting Python, and unset OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE.
"""
import numpy as np


def _pair(dtype, n):
    def setup():
        rng = np.random.default_rng(1)
        return (rng.uniform(-1, 1, (n, n)).astype(dtype), rng.uniform(-1, 1, (n, n)).astype(dtype))
    return setup


def _matmul(s):
    return s[0] @ s[1]


def _transposed(s):
    return s[0].T @ s[1]


def _layer_setup():
    rng = np.random.default_rng(3)
    f = np.float32
    return (rng.uniform(-1, 1, (32, 10)).astype(f), rng.uniform(-1, 1, (10, 5)).astype(f),
            rng.uniform(-1, 1, 5).astype(f))


def _square_setup():
    g = np.random.default_rng(6).uniform(-1, 1, (256, 256))
    return (g, g + g.T)


def _square1024_setup():
    g = np.random.default_rng(6).uniform(-1, 1, (1024, 1024))
    return (g, g + g.T)


def _samples_setup():
    # 100,000 samples x 64 features, feature j scaled by 1 + j / 8 (GemmBench.Samples)
    x = np.random.default_rng(7).uniform(-1, 1, (100_000, 64))
    return x * (1 + np.arange(64) / 8)


def _pca_eigh(x):
    c = x - x.mean(axis=0)
    return np.linalg.eigh(c.T @ c / (x.shape[0] - 1))


def _pca_svd(x):
    return np.linalg.svd(x - x.mean(axis=0), full_matrices=False)


WORKLOADS = {
    "gemm_f32_128_1t": (_pair(np.float32, 128), _matmul),
    "gemm_f32_256_1t": (_pair(np.float32, 256), _matmul),
    "gemm_f32_512_1t": (_pair(np.float32, 512), _matmul),
    "gemm_f32_1024_1t": (_pair(np.float32, 1024), _matmul),
    "gemm_f32_2048_1t": (_pair(np.float32, 2048), _matmul),
    "gemm_f64_256_1t": (_pair(np.float64, 256), _matmul),
    "gemm_f64_1024_1t": (_pair(np.float64, 1024), _matmul),
    "gemm_f32_2048_2t": (_pair(np.float32, 2048), _matmul),
    "gemm_f32_1024_transposedA_1t": (_pair(np.float32, 1024), _transposed),
    "linear_layer_f32_32x10x5": (_layer_setup, lambda s: s[0] @ s[1] + s[2]),
    "inv_f64_256": (_square_setup, lambda s: np.linalg.inv(s[0])),
    "eigh_f64_256": (_square_setup, lambda s: np.linalg.eigh(s[1])),
    "svd_f64_256": (_square_setup, lambda s: np.linalg.svd(s[0], full_matrices=False)),
    "eigh_f64_1024": (_square1024_setup, lambda s: np.linalg.eigh(s[1])),
    "svd_f64_1024": (_square1024_setup, lambda s: np.linalg.svd(s[0], full_matrices=False)),
    "pca_eigh_f64_100kx64": (_samples_setup, _pca_eigh),
    "pca_svd_f64_100kx64": (_samples_setup, _pca_svd),
}

THREADS = {"gemm_f32_2048_2t": 2}

if __name__ == "__main__":
    import sys
    import timeit
    names = sys.argv[1:] or list(WORKLOADS)
    for name in names:
        setup, run = WORKLOADS[name]
        state = setup()
        number, _ = timeit.Timer(lambda: run(state)).autorange()
        best = min(timeit.repeat(lambda: run(state), number=number, repeat=5)) / number
        print(f"{name:32s} {best * 1e6:12.1f} us")
