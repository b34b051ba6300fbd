"""NumPy side of RandomBench: the legacy RandomState calls ndvec reproduces bit for bit,
and NumPy's fastest generator (default_rng: PCG64, ziggurat normals) for the parallel one."""
import numpy as np

N = 1_000_000


def _legacy():
    return np.random.RandomState(42)


def _modern():
    return np.random.default_rng(42)


WORKLOADS = {
    "rand_f64_1m": (_legacy, lambda r: r.random_sample(N)),
    "randn_f64_1m": (_legacy, lambda r: r.randn(N)),
    "randint_256_1m": (_legacy, lambda r: r.randint(0, 256, N)),
    "parallel_normal_f64_1m": (_modern, lambda g: g.standard_normal(N)),
    "parallel_uniform_f32_1m": (_modern, lambda g: g.random(N, dtype=np.float32)),
}
