"""NumPy side of StringsBench: a categorical <U10 column of 1M labels from three classes."""
import numpy as np

N = 1_000_000
SPECIES = np.array(["setosa", "versicolor", "virginica"])


def _labels():
    return SPECIES[np.random.RandomState(0).randint(0, 3, N)]


def _encoded():
    return np.unique(_labels(), return_inverse=True)


WORKLOADS = {
    "unique_str_1m": (_labels, lambda a: np.unique(a, return_inverse=True, return_counts=True)),
    "eq_str_1m": (_labels, lambda a: a == "versicolor"),
    "label_decode_str_1m": (_encoded, lambda e: e[0][e[1]]),
}
