"""NumPy side of the order-statistics and binning workloads (issue 20); Java side:
perf/src/main/java/org/ndvec/perf/OrderStatisticsBench.java. Standard normal data (bincount:
uniform integers below 1000), sizes as on the Java side; the values differ, the distributions match.
"""
import numpy as np

RNG = np.random.default_rng(20)


def _normal(*shape):
    return RNG.standard_normal(shape)


def _with_nan():
    x = _normal(1 << 20)
    x[::100] = np.nan
    return x


WORKLOADS = {
    "median_f64_1m": (lambda: _normal(1 << 20), lambda a: np.median(a)),
    "median_f32_1m": (lambda: _normal(1 << 20).astype(np.float32), lambda a: np.median(a)),
    "nanmedian_f64_1m": (_with_nan, lambda a: np.nanmedian(a)),
    "percentile3_f64_1m": (lambda: _normal(1 << 20), lambda a: np.percentile(a, [25.0, 50.0, 75.0])),
    "quantile_f64_1m": (lambda: _normal(1 << 20), lambda a: np.quantile(a, 0.9)),
    "median_axis0_f64_1000x1000": (lambda: _normal(1000, 1000), lambda a: np.median(a, axis=0)),
    "median_axis1_f64_1000x1000": (lambda: _normal(1000, 1000), lambda a: np.median(a, axis=1)),
    "histogram_f64_1m": (lambda: _normal(1 << 20), lambda a: np.histogram(a, 100)),
    "histogram_f32_1m": (lambda: _normal(1 << 20).astype(np.float32), lambda a: np.histogram(a, 100)),
    "bincount_i64_1m": (lambda: RNG.integers(0, 1000, 1 << 20), lambda a: np.bincount(a)),
}
