package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.layout.Shapes;

/**
 * {@code np.average}, composed of ndvec's own operations exactly as NumPy 2.4 composes it of
 * NumPy's: the weighted sum {@code sum(a * w, axis) / sum(w, axis)} in NumPy's result dtype
 * (float64 for integer or bool input), or {@code mean} without weights. The sums are ndvec's
 * (correctly rounded), so the last bit can differ from NumPy's pairwise sums.
 */
public final class Average {
    private Average() {
    }

    /**
     * {@code np.average(a, axis, weights, returned=True, keepdims=keepdims)}: the average and the
     * sum of the weights (the count when {@code weights} is null), the latter broadcast to the
     * average's shape.
     *
     * @param axes    the axes to average over, {@code null} for all
     * @param weights {@code null}, an array of {@code a}'s shape, or one of the shape of {@code a}'s
     *                {@code axes} (in the order given)
     * @throws IllegalArgumentException {@code Axis must be specified when shapes of a and weights differ.},
     *     {@code Shape of weights must be consistent with shape of a along specified axis.}
     * @throws ArithmeticException {@code Weights sum to zero, can't be normalized}; {@code division by zero}
     *     for an unweighted average into an empty result (Python's error for {@code a.size / 0})
     */
    public static NDArray[] averageAndSum(NDArray a, int[] axes, NDArray weights, boolean keepdims) {
        int[] ax = null;
        if (axes != null) {
            for (int axis : axes) {
                if (axis < -a.ndim() || axis >= a.ndim()) {
                    throw new org.ndvec.AxisException("axis", axis, a.ndim());
                }
            }
            ax = Shapes.normalizeAxes(axes, a.ndim(), "repeated axis");
        }
        if (weights == null) {
            NDArray avg = Statistics.mean(a, ax, keepdims);
            if (avg.size() == 0) {
                throw new ArithmeticException("division by zero");
            }
            double count = (double) a.size() / avg.size();
            return new NDArray[] {avg, org.ndvec.Nd.full(avg.dtype(), avg.shape(), count)};
        }
        NDArray w = aligned(a, ax, weights);
        DType t = Promotion.promote(a.dtype(), w.dtype());
        if (!a.dtype().isFloating()) {
            t = Promotion.promote(t, DType.FLOAT64);
        }
        NDArray scl = Reductions.sum(w.astype(t), ax, keepdims);
        if (scl.eq(0.0).any().getBoolean()) {
            throw new ArithmeticException("Weights sum to zero, can't be normalized");
        }
        NDArray avg = Reductions.sum(a.astype(t).mul(w.astype(t)), ax, keepdims).div(scl);
        if (!Arrays.equals(scl.shape(), avg.shape())) {
            scl = scl.broadcastTo(avg.shape()).copy();
        }
        return new NDArray[] {avg, scl};
    }

    /** NumPy's {@code _weights_are_valid}: weights of the axes' shape are laid along them. */
    private static NDArray aligned(NDArray a, int[] axes, NDArray w) {
        if (Arrays.equals(a.shape(), w.shape())) {
            return w;
        }
        if (axes == null) {
            throw new IllegalArgumentException("Axis must be specified when shapes of a and weights differ.");
        }
        int[] along = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            along[i] = a.shape(axes[i]);
        }
        if (!Arrays.equals(along, w.shape())) {
            throw new IllegalArgumentException("Shape of weights must be consistent with shape of a along specified axis.");
        }
        // transpose by argsort(axes), then put each weight axis at its axis of a
        Integer[] order = new Integer[axes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(axes[x], axes[y]));
        int[] perm = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        int[] shape = new int[a.ndim()];
        Arrays.fill(shape, 1);
        for (int ax : axes) {
            shape[ax] = a.shape(ax);
        }
        return w.transpose(perm).reshape(shape);
    }
}
