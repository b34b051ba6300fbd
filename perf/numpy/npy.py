"""NumPy side of perf/src/main/java/org/ndvec/perf/NpyBench.java: np.save / np.load of 1M float64."""
import atexit
import os
import shutil
import tempfile

import numpy as np

_DIR = tempfile.mkdtemp(prefix="numpy-npybench")
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)


def _save_setup():
    return np.arange(1_000_000.0), os.path.join(_DIR, "save.npy")


def _save_fortran_setup():
    return np.arange(1_000_000.0).reshape(1000, 1000).T, os.path.join(_DIR, "save_f.npy")


def _save(state):
    np.save(state[1], state[0])


def _load_setup():
    path = os.path.join(_DIR, "load.npy")
    np.save(path, np.arange(1_000_000.0))
    return path


WORKLOADS = {
    "npy_save_f64_1m": (_save_setup, _save),
    "npy_save_f64_1m_fortran": (_save_fortran_setup, _save),
    "npy_load_f64_1m": (_load_setup, np.load),
}
