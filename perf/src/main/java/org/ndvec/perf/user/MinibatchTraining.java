package org.ndvec.perf.user;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.random.RandomState;

/**
 * A short real program, run as a whole cold process by {@code perf/user/run.py}: softmax regression
 * trained by minibatch gradient descent on 2,000 x 20 float32 samples (5 classes), batch 32,
 * 30 epochs, about 19k small array operations. Its NumPy twin is
 * {@code perf/user/minibatch_training.py}; both print the final loss and training accuracy, which
 * agree to float32 rounding (same data, same permutations: the legacy MT19937 streams are shared).
 */
public final class MinibatchTraining {
    static final int SAMPLES = 2000;
    static final int FEATURES = 20;
    static final int CLASSES = 5;
    static final int BATCH = 32;
    static final int EPOCHS = 30;
    static final float LEARNING_RATE = 0.1f;

    private MinibatchTraining() {
    }

    public static void main(String[] args) {
        RandomState rs = new RandomState(0);
        NDArray x = rs.randn(SAMPLES, FEATURES).astype(DType.FLOAT32);
        NDArray trueW = rs.randn(FEATURES, CLASSES).astype(DType.FLOAT32);
        NDArray y = x.matmul(trueW).argmax(1);

        NDArray w = Nd.zeros(DType.FLOAT32, FEATURES, CLASSES);
        NDArray b = Nd.zeros(DType.FLOAT32, CLASSES);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            NDArray perm = rs.permutation(SAMPLES);
            for (int start = 0; start < SAMPLES; start += BATCH) {
                NDArray idx = perm.get(start + ":" + Math.min(start + BATCH, SAMPLES));
                NDArray xb = x.take(idx, 0);
                NDArray yb = y.take(idx, 0);
                NDArray p = Nd.softmax(xb.matmul(w).addi(b), 1);
                NDArray g = p.subi(Nd.oneHot(yb, CLASSES)).divi(xb.shape(0));
                w.subi(xb.T().matmul(g).muli(LEARNING_RATE));
                b.subi(g.sum(0).muli(LEARNING_RATE));
            }
        }
        NDArray logits = x.matmul(w).addi(b);
        double loss = Nd.crossEntropy(Nd.softmax(logits, 1), y).itemDouble();
        double accuracy = Nd.accuracy(logits, y);
        System.out.printf("loss %.4f accuracy %.4f%n", loss, accuracy);
    }
}
