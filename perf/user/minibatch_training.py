#!/usr/bin/env python3
"""NumPy twin of org.ndvec.perf.user.MinibatchTraining: softmax regression by minibatch gradient
descent, 2,000 x 20 float32 samples, 5 classes, batch 32, 30 epochs (about 19k small array ops).
Run as a whole process by perf/user/run.py; prints the final loss and training accuracy."""
import numpy as np

SAMPLES, FEATURES, CLASSES, BATCH, EPOCHS = 2000, 20, 5, 32, 30
LR = np.float32(0.1)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main():
    rs = np.random.RandomState(0)
    x = rs.randn(SAMPLES, FEATURES).astype(np.float32)
    true_w = rs.randn(FEATURES, CLASSES).astype(np.float32)
    y = np.argmax(x @ true_w, axis=1)
    eye = np.eye(CLASSES, dtype=np.float32)

    w = np.zeros((FEATURES, CLASSES), np.float32)
    b = np.zeros(CLASSES, np.float32)
    for _ in range(EPOCHS):
        perm = rs.permutation(SAMPLES)
        for start in range(0, SAMPLES, BATCH):
            idx = perm[start:start + BATCH]
            xb, yb = x[idx], y[idx]
            p = softmax(xb @ w + b)
            g = (p - eye[yb]) / len(idx)
            w -= LR * (xb.T @ g)
            b -= LR * g.sum(axis=0)
    logits = x @ w + b
    p = softmax(logits)
    loss = -np.mean(np.log(p[np.arange(SAMPLES), y]))
    accuracy = np.mean(np.argmax(logits, axis=1) == y)
    print("loss %.4f accuracy %.4f" % (loss, accuracy))


if __name__ == "__main__":
    main()
