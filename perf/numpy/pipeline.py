"""NumPy side of perf/src/main/java/org/ndvec/perf/PipelineBench.java.

pipeline_standardize_split_f32_1000000x32: load a (1000000, 32) float32 .npy, split 80/20 by
RandomState(0).permutation, standardize with float64 statistics of the training rows (what
org.ndvec.pipeline.Standardizer computes), one dense layer (32 -> 10, float32) on the training
rows, softmax. Both sides generate their own file of the same shape and dtype in setup.

    python3 perf/numpy/pipeline.py   # runs the workload once and prints time and peak traced memory
"""
import atexit
import math
import os
import shutil
import tempfile
import time
import tracemalloc

import numpy as np

_DIR = tempfile.mkdtemp(prefix="numpy-pipelinebench")
atexit.register(shutil.rmtree, _DIR, ignore_errors=True)
ROWS, COLS, CLASSES = 1_000_000, 32, 10


def _setup():
    rs = np.random.RandomState(1)
    path = os.path.join(_DIR, "x.npy")
    x = (rs.standard_normal((ROWS, COLS)) * np.arange(1, COLS + 1) + np.arange(COLS)).astype(np.float32)
    np.save(path, x)
    w = (rs.standard_normal((COLS, CLASSES)) * 0.1).astype(np.float32)
    b = np.zeros(CLASSES, dtype=np.float32)
    return path, w, b


def _run(state):
    path, w, b = state
    x = np.load(path)
    perm = np.random.RandomState(0).permutation(len(x))
    n_test = int(math.ceil(0.2 * len(x)))
    x_test, x_train = x[perm[:n_test]], x[perm[n_test:]]
    mean = x_train.mean(axis=0, dtype=np.float64)
    scale = x_train.std(axis=0, dtype=np.float64)
    scale[scale == 0] = 1.0
    z_train = (x_train - mean.astype(np.float32)) / scale.astype(np.float32)
    z_test = (x_test - mean.astype(np.float32)) / scale.astype(np.float32)
    logits = z_train @ w + b
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True), z_test


WORKLOADS = {"pipeline_standardize_split_f32_1000000x32": (_setup, _run)}

if __name__ == "__main__":
    state = _setup()
    _run(state)
    tracemalloc.start()
    t0 = time.perf_counter()
    _run(state)
    t = time.perf_counter() - t0
    print("one run %.3f s, peak traced memory %.1f MB" % (t, tracemalloc.get_traced_memory()[1] / 1e6))
