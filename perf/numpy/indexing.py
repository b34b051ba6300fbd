"""NumPy side of IndexingBench (advanced indexing, joining, ordering)."""
import numpy as np


def _normal():
    rng = np.random.default_rng(42)
    return rng.standard_normal(1 << 20).astype(np.float32)


def _rows():
    rng = np.random.default_rng(42)
    a = rng.random((100_000, 64), dtype=np.float32)
    idx = rng.integers(0, 100_000, 100_000)
    return a, idx


def _parts():
    rng = np.random.default_rng(42)
    return [rng.random((16, 1000), dtype=np.float32) for _ in range(3)]


def _parts_out():
    return _parts(), np.zeros((48, 1000), dtype=np.float32)


WORKLOADS = {
    "mask_filter_f32_1m": (_normal, lambda a: a[a > 0]),
    "fancy_take_rows_f32_100000x64": (_rows, lambda s: s[0][s[1]]),
    "concatenate_f32_3x16x1000": (_parts, lambda p: np.concatenate(p)),
    "concatenate_f32_3x16x1000_out": (_parts_out, lambda s: np.concatenate(s[0], out=s[1])),
    "sort_f32_1m": (_normal, lambda a: np.sort(a)),
    "argsort_f32_1m": (_normal, lambda a: np.argsort(a)),
}
