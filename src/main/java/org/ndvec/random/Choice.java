package org.ndvec.random;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/**
 * NumPy's legacy {@code RandomState.choice}, step for step, since every branch draws
 * differently:
 * <ul>
 * <li>with replacement, uniform: {@code randint(0, n, size)};</li>
 * <li>with replacement and {@code p}: one uniform per sample, located in the normalized
 *     running sum of {@code p} ({@code searchsorted(cdf, u, side='right')});</li>
 * <li>without replacement, uniform: the first {@code size} entries of {@code permutation(n)};</li>
 * <li>without replacement and {@code p}: rounds of {@code rand(size - found)} through the cdf,
 *     keeping new values in order of first appearance and zeroing the probability of those
 *     found, until {@code size} distinct values are drawn.</li>
 * </ul>
 * Callers hold the {@link RandomState}'s lock.
 */
final class Choice {
    /** NumPy's tolerance on {@code sum(p) - 1}: {@code sqrt(finfo(float64).eps)}. */
    private static final double ATOL = Math.sqrt(Math.ulp(1.0));

    private Choice() {
    }

    static NDArray choice(RandomState rs, int popSize, NDArray a, int[] shape, boolean replace, double[] p) {
        int size = Shapes.size(shape);
        if (a == null && popSize <= 0 && size != 0) {
            throw new IllegalArgumentException("a must be greater than 0 unless no samples are taken");
        }
        if (a != null && popSize == 0 && size != 0) {
            throw new IllegalArgumentException("'a' cannot be empty unless no samples are taken");
        }
        if (p != null) {
            checkProbabilities(p, popSize);
        }
        long[] idx;
        if (replace) {
            if (p != null) {
                double[] cdf = cdf(p);
                double[] u = rs.randomSample(shape).toDoubleArray();
                idx = new long[size];
                for (int i = 0; i < size; i++) {
                    idx[i] = searchRight(cdf, u[i]);
                }
            } else {
                idx = rs.randint(0, popSize, shape).toLongArray();
            }
        } else {
            if (size > popSize) {
                throw new IllegalArgumentException(
                        "Cannot take a larger sample than population when 'replace=False'");
            }
            idx = p != null ? withoutReplacement(rs, p.clone(), size)
                    : Arrays.copyOf(rs.permutation(popSize).toLongArray(), size);
        }
        return a == null ? RandomState.wrap(idx, DType.INT64, shape) : gather(a, idx, shape);
    }

    private static void checkProbabilities(double[] p, int popSize) {
        if (p.length != popSize) {
            throw new IllegalArgumentException("'a' and 'p' must have same size");
        }
        double sum = kahanSum(p);
        if (Double.isNaN(sum)) {
            throw new IllegalArgumentException("probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw new IllegalArgumentException("probabilities are not non-negative");
            }
        }
        if (Math.abs(sum - 1.0) > ATOL) {
            throw new IllegalArgumentException("probabilities do not sum to 1");
        }
    }

    /** NumPy's {@code kahan_sum}, used only to validate {@code p}. */
    private static double kahanSum(double[] x) {
        if (x.length == 0) {
            return 0.0;
        }
        double sum = x[0];
        double c = 0.0;
        for (int i = 1; i < x.length; i++) {
            double y = x[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** {@code cumsum(p) / cumsum(p)[-1]}: a sequential running sum, as {@code np.cumsum} is. */
    private static double[] cdf(double[] p) {
        double[] cdf = new double[p.length];
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            cdf[i] = s;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return cdf;
    }

    /** The first index whose cdf value exceeds {@code u}: {@code searchsorted(cdf, u, side='right')}. */
    private static int searchRight(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long[] withoutReplacement(RandomState rs, double[] p, int size) {
        int positive = 0;
        for (double v : p) {
            if (v > 0) {
                positive++;
            }
        }
        if (positive < size) {
            throw new IllegalArgumentException("Fewer non-zero entries in p than size");
        }
        long[] found = new long[size];
        boolean[] taken = new boolean[p.length];
        int nUniq = 0;
        while (nUniq < size) {
            double[] x = rs.rand(size - nUniq).toDoubleArray();
            for (int i = 0; i < nUniq; i++) {
                p[(int) found[i]] = 0;
            }
            double[] cdf = cdf(p);
            // np.unique(new, return_index=True) then sorting the indices keeps each new
            // value once, in order of first appearance within this round.
            int fresh = nUniq;
            for (double u : x) {
                int v = searchRight(cdf, u);
                if (!taken[v]) {
                    taken[v] = true;
                    found[fresh++] = v;
                }
            }
            nUniq = fresh;
        }
        return found;
    }

    private static NDArray gather(NDArray a, long[] idx, int[] shape) {
        ArrayAccess acc = Internals.access();
        Object src = acc.data(a);
        int off = acc.offset(a);
        int stride = acc.strides(a)[0];
        Object dst = Buffers.allocate(a.dtype(), idx.length);
        for (int i = 0; i < idx.length; i++) {
            Buffers.copyElement(src, off + (int) idx[i] * stride, dst, i);
        }
        return RandomState.wrap(dst, a.dtype(), shape);
    }
}
