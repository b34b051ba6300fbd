package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.LossReduction;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * Losses and metrics of the classification and regression tutorials, computed directly
 * (no temporaries the size of the input): cross-entropy from probabilities or from logits,
 * with integer labels or with per-class targets, and mse / rmse / mae / accuracy / one-hot.
 * Arithmetic is in double; float32 input gives float32 losses.
 */
public final class Losses {
    private static final ArrayAccess ACCESS = Internals.access();

    private Losses() {
    }

    /**
     * Cross-entropy of predicted class probabilities {@code p} of shape (samples, classes):
     * with int labels (samples,) the loss of sample i is {@code -log(p[i, y[i]])}, NumPy's
     * {@code -np.log(p[np.arange(n), y])}; with targets t of p's shape (one-hot or soft) it is
     * {@code -sum_k t[i,k] log p[i,k]}, terms with {@code t == 0} skipped so that a zero
     * probability of a non-target class does not give NaN. Probabilities are not clipped: a zero
     * probability for the target class gives {@code inf}.
     *
     * @param logits true when {@code scores} are unnormalized logits: then the loss is
     *     {@code logSumExp(z[i]) - z[i, y[i]]}, computed stably without forming probabilities
     */
    public static NDArray crossEntropy(NDArray scores, NDArray target, boolean logits, LossReduction reduction) {
        return crossEntropy(scores, target, logits, reduction, Workers.THREADS);
    }

    /** {@link #crossEntropy(NDArray, NDArray, boolean, LossReduction)} on at most {@code threads} threads. */
    static NDArray crossEntropy(NDArray scores, NDArray target, boolean logits, LossReduction reduction, int threads) {
        if (scores.ndim() != 2) {
            throw new IllegalArgumentException("cross-entropy expects scores of shape (samples, classes), got "
                    + Shapes.python(scores.shape()));
        }
        NDArray x = Statistics.floating(scores);
        x = x.isContiguous() ? x : x.copy();
        int samples = x.shape(0);
        int classes = x.shape(1);
        if (target.dtype() == DType.BOOL && target.ndim() == 1) {
            // a bool vector is a mask in NumPy's indexing, not class indices (p[arange(n), y] refuses it)
            throw new IllegalArgumentException("cross-entropy labels must be integers, got a bool array of shape "
                    + Shapes.python(target.shape()));
        }
        boolean labels = !target.dtype().isFloating() && target.ndim() == 1;
        if (labels ? target.shape(0) != samples : !java.util.Arrays.equals(target.shape(), x.shape())) {
            throw new IllegalArgumentException("cross-entropy targets must be int labels of shape (" + samples
                    + ",) or per-class targets of shape " + Shapes.python(x.shape()) + ", got "
                    + target.dtypeDescr() + " of shape " + Shapes.python(target.shape()));
        }
        Object data = ACCESS.data(x);
        int base = ACCESS.offset(x);
        double[] targets = labels ? null : target.toDoubleArray();
        // labels checked up front, in order: a bad label is reported the same way for any thread count
        int[] y = labels ? classIndices(target.toLongArray(), classes) : null;
        double[] loss = new double[samples];
        // samples are independent: chunks of whole rows on the worker pool
        RowChunks.forEach(samples, classes, threads, (from, to) -> {
            for (int i = from; i < to; i++) {
                loss[i] = sampleLoss(data, base + i * classes, i, classes, labels, logits, y, targets);
            }
        });
        return reduce(loss, reduction, x.dtype());
    }

    /** The loss of one sample (row {@code row} of the scores). */
    private static double sampleLoss(Object data, int row, int i, int classes, boolean labels, boolean logits, int[] y,
                                     double[] targets) {
        double lse = logits ? Softmax.logSumExpRow(data, row, classes) : 0;
        if (labels) {
            double v = Buffers.getDouble(data, row + y[i]);
            return logits ? lse - v : -Math.log(v);
        }
        double s = 0;
        for (int k = 0; k < classes; k++) {
            double t = targets[i * classes + k];
            if (t != 0) {
                double v = Buffers.getDouble(data, row + k);
                s += t * (logits ? lse - v : -Math.log(v));
            }
        }
        return s;
    }

    private static int[] classIndices(long[] labels, int classes) {
        int[] k = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            k[i] = Shapes.normalizeIndex(labels[i], 1, classes);
        }
        return k;
    }

    private static NDArray reduce(double[] loss, LossReduction reduction, DType dtype) {
        NDArray perSample = ACCESS.wrap(loss, DType.FLOAT64, new int[] {loss.length});
        NDArray out = switch (reduction) {
            case NONE -> perSample;
            case SUM -> Reductions.sum(perSample, null, false);
            case MEAN -> Statistics.mean(perSample, null, false);
        };
        return dtype == DType.FLOAT64 ? out : out.astype(dtype);
    }

    /** Mean squared error, {@code np.mean((pred - target) ** 2)}; shapes broadcast. */
    public static double mse(NDArray pred, NDArray target) {
        return meanOf(pred, target, true);
    }

    /** Root mean squared error, {@code np.sqrt(np.mean((pred - target) ** 2))}. */
    public static double rmse(NDArray pred, NDArray target) {
        return Math.sqrt(meanOf(pred, target, true));
    }

    /** Mean absolute error, {@code np.mean(np.abs(pred - target))}. */
    public static double mae(NDArray pred, NDArray target) {
        return meanOf(pred, target, false);
    }

    /** Mean of squared or absolute differences over the broadcast shape, in double; NaN when empty. */
    private static double meanOf(NDArray a, NDArray b, boolean squared) {
        int[] shape = Broadcast.shapes(a.shape(), b.shape());
        NDArray x = a.broadcastTo(shape);
        NDArray y = b.broadcastTo(shape);
        Object xd = ACCESS.data(x);
        Object yd = ACCESS.data(y);
        double[] acc = new double[1];
        StridedLoop.plan(shape, ACCESS.strides(x), ACCESS.strides(y))
                .forEachRow(new int[] {ACCESS.offset(x), ACCESS.offset(y)}, (off, n, st) -> {
                    // one running sum in logical order, never a partial per row: how the loop
                    // coalesces rows depends on the strides, and the bits must not
                    double s = acc[0];
                    for (int i = 0; i < n; i++) {
                        double d = Buffers.getDouble(xd, off[0] + i * st[0]) - Buffers.getDouble(yd, off[1] + i * st[1]);
                        s += squared ? d * d : Math.abs(d);
                    }
                    acc[0] = s;
                });
        return acc[0] / Shapes.size(shape);
    }

    /**
     * Fraction of correct predictions. With scores of shape (samples, classes) and labels
     * (samples,), the prediction is the row's argmax: {@code np.mean(np.argmax(pred, 1) == labels)};
     * with predictions of the labels' shape it is {@code np.mean(pred == labels)}.
     */
    public static double accuracy(NDArray pred, NDArray labels) {
        NDArray predicted = pred.ndim() == labels.ndim() + 1 ? ArgReductions.argmax(pred, -1, false) : pred;
        if (!java.util.Arrays.equals(predicted.shape(), labels.shape())) {
            throw new IllegalArgumentException("accuracy: predictions of shape " + Shapes.python(pred.shape())
                    + " do not match labels of shape " + Shapes.python(labels.shape()));
        }
        double[] p = predicted.toDoubleArray();
        double[] y = labels.toDoubleArray();
        int hits = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == y[i]) {
                hits++;
            }
        }
        return (double) hits / p.length;
    }

    /**
     * One-hot rows as float64: {@code np.eye(k)[labels]}, shape {@code labels.shape + (k,)}.
     * Negative labels count from the end, as NumPy's indexing does.
     *
     * @throws IndexOutOfBoundsException {@code index 5 is out of bounds for axis 0 with size 3}
     */
    public static NDArray oneHot(NDArray labels, int k) {
        if (!labels.dtype().isInteger()) {
            // NumPy would treat bool labels as a mask and refuse floats; neither is a label
            throw new IllegalArgumentException("oneHot expects integer labels, got " + labels.dtypeDescr());
        }
        if (k < 0) {
            throw new IllegalArgumentException("negative dimensions are not allowed");
        }
        long[] y = labels.toLongArray();
        int[] shape = java.util.Arrays.copyOf(labels.shape(), labels.ndim() + 1);
        shape[labels.ndim()] = k;
        double[] out = new double[Shapes.size(shape)];
        for (int i = 0; i < y.length; i++) {
            out[i * k + Shapes.normalizeIndex(y[i], 0, k)] = 1;
        }
        return ACCESS.wrap(out, DType.FLOAT64, shape);
    }
}
