"""NumPy twins of perf/src/main/java/org/ndvec/perf/CsvBench.java (same names, same table size)."""
import os
import tempfile

import numpy as np

ROWS, COLS = 200_000, 4


def _table():
    return np.random.default_rng(42).standard_normal((ROWS, COLS))


def _file(fmt):
    def setup():
        fd, path = tempfile.mkstemp(suffix=".csv")
        os.close(fd)
        np.savetxt(path, _table(), delimiter=",", fmt=fmt)
        return path
    return setup


def _out():
    fd, path = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    return _table(), path


WORKLOADS = {
    "csv_load_savetxt_f64_200000x4": (_file("%.18e"), lambda p: np.loadtxt(p, delimiter=",")),
    "csv_load_4dp_f64_200000x4": (_file("%.4f"), lambda p: np.loadtxt(p, delimiter=",")),
    "csv_save_f64_200000x4": (_out, lambda s: np.savetxt(s[1], s[0], delimiter=",")),
}
