#!/usr/bin/env python3
"""The NumPy twin of org.ndvec.examples.IrisSoftmax: the same data, seed, permutations,
initialization and updates, so both reach the same validation accuracy.

    python3 examples/src/test/python/iris_softmax.py           # train and print, as the Java main does
    python3 examples/src/test/python/iris_softmax.py --record  # also write the fixture IrisSoftmaxTest reads

The fixture examples/src/test/resources/iris/numpy.txt holds 'accuracy <value>' and one
'loss <epoch> <value>' line per epoch (float.hex), all from this script.
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.normpath(os.path.join(HERE, "..", "..", "main", "resources", "iris.csv"))
FIXTURE = os.path.normpath(os.path.join(HERE, "..", "resources", "iris", "numpy.txt"))

SEED, TEST_RATIO, EPOCHS, BATCH, LR = 0, 0.2, 100, 16, 0.1
LOG_EVERY = 10  # epochs between two printed loss lines, as IrisSoftmax.LOG_EVERY


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(p, y):
    return -np.mean(np.log(p[np.arange(len(y)), y]))


def train():
    x = np.loadtxt(CSV, delimiter=",", skiprows=1, usecols=(0, 1, 2, 3))
    labels = np.loadtxt(CSV, delimiter=",", skiprows=1, usecols=(4,), dtype=str)
    classes, y = np.unique(labels, return_inverse=True)
    k = len(classes)

    perm = np.random.RandomState(SEED).permutation(len(x))
    n_test = int(np.ceil(TEST_RATIO * len(x)))
    x_test, x_train = x[perm[:n_test]], x[perm[n_test:]]
    y_test, y_train = y[perm[:n_test]], y[perm[n_test:]]

    mean, scale = x_train.mean(axis=0), x_train.std(axis=0)
    x_train = (x_train - mean) / scale
    x_test = (x_test - mean) / scale

    w = np.random.RandomState(SEED).randn(x.shape[1], k) * 0.01
    b = np.zeros(k)
    batches = np.random.RandomState(SEED + 1)
    losses = []
    for epoch in range(EPOCHS):
        order = batches.permutation(len(x_train))
        for start in range(0, len(x_train), BATCH):
            idx = order[start:start + BATCH]
            xb, yb = x_train[idx], y_train[idx]
            p = softmax(xb @ w + b)
            grad = (p - np.eye(k)[yb]) / len(idx)
            w -= LR * (xb.T @ grad)
            b -= LR * grad.sum(axis=0)
        loss = cross_entropy(softmax(x_train @ w + b), y_train)
        losses.append(loss)
        if (epoch + 1) % LOG_EVERY == 0:
            print("epoch %3d  loss %.6f" % (epoch + 1, loss))
    accuracy = np.mean(np.argmax(x_test @ w + b, axis=1) == y_test)
    print("validation accuracy %.4f (%d of %d)" % (accuracy, round(accuracy * n_test), n_test))
    return accuracy, losses


if __name__ == "__main__":
    acc, losses = train()
    if "--record" in sys.argv:
        os.makedirs(os.path.dirname(FIXTURE), exist_ok=True)
        with open(FIXTURE, "w") as f:
            f.write("accuracy %r\n" % float(acc))
            for i, l in enumerate(losses):
                f.write("loss %d %s\n" % (i + 1, float(l).hex()))
