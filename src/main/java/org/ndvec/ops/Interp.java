package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;

/**
 * {@code np.interp}: NumPy's {@code arr_interp} ({@code compiled_base.c}) line for line, so every
 * result matches bit for bit: the interval search with its guess from the previous point, the
 * slope {@code (fp[j+1] - fp[j]) / (xp[j+1] - xp[j])}, the value {@code slope * (x - xp[j]) + fp[j]}
 * (recomputed from the right end when that is NaN), exact hits returning {@code fp[j]}, and the
 * periodic mode's normalization and padding of the sample points.
 */
public final class Interp {
    private static final ArrayAccess ACCESS = Internals.access();
    /** NumPy's {@code LIKELY_IN_CACHE_SIZE}. */
    private static final int LIKELY_IN_CACHE_SIZE = 8;

    private Interp() {
    }

    /**
     * {@code np.interp(x, xp, fp, left=left, right=right, period=period)}: float64 of {@code x}'s shape.
     *
     * @param left   value below {@code xp[0]}; null for {@code fp[0]}
     * @param right  value above {@code xp[-1]}; null for {@code fp[-1]}
     * @param period null, or the period of periodic x-coordinates (left and right are then ignored)
     * @throws IllegalArgumentException {@code period must be a non-zero value}, {@code fp and xp are not of the
     *     same length.}, {@code array of sample points is empty}, {@code Data points must be 1-D sequences}
     */
    public static NDArray interp(NDArray x, NDArray xp, NDArray fp, Double left, Double right, Double period) {
        double[] xs = x.astype(DType.FLOAT64).toDoubleArray();
        double[] xps;
        double[] fps;
        if (period != null) {
            if (period == 0) {
                throw new IllegalArgumentException("period must be a non-zero value");
            }
            double p = Math.abs(period);
            left = null;
            right = null;
            if (xp.ndim() != 1 || fp.ndim() != 1) {
                throw new IllegalArgumentException("Data points must be 1-D sequences");
            }
            if (xp.shape(0) != fp.shape(0)) {
                throw new IllegalArgumentException("fp and xp are not of the same length");
            }
            for (int i = 0; i < xs.length; i++) {
                xs[i] = floorMod(xs[i], p);
            }
            double[] xv = xp.astype(DType.FLOAT64).toDoubleArray();
            double[] fv = fp.astype(DType.FLOAT64).toDoubleArray();
            for (int i = 0; i < xv.length; i++) {
                xv[i] = floorMod(xv[i], p);
            }
            long[] order = org.ndvec.indexing.Sorting.argsort(NDArray.wrap(xv, xv.length), 0, true).toLongArray();
            int n = xv.length;
            xps = new double[n + 2];
            fps = new double[n + 2];
            for (int i = 0; i < n; i++) {
                xps[i + 1] = xv[(int) order[i]];
                fps[i + 1] = fv[(int) order[i]];
            }
            if (n > 0) {
                xps[0] = xps[n] - p;
                fps[0] = fps[n];
                xps[n + 1] = xps[1] + p;
                fps[n + 1] = fps[1];
            } else {
                xps = new double[0];
                fps = new double[0];
            }
        } else {
            if (xp.ndim() != 1 || fp.ndim() != 1) {
                throw new IllegalArgumentException(xp.ndim() > 1 || fp.ndim() > 1 ? "object too deep for desired array"
                        : "object of too small depth for desired array");
            }
            xps = xp.astype(DType.FLOAT64).toDoubleArray();
            fps = fp.astype(DType.FLOAT64).toDoubleArray();
        }
        int n = xps.length;
        if (n == 0) {
            throw new IllegalArgumentException("array of sample points is empty");
        }
        if (fps.length != n) {
            throw new IllegalArgumentException("fp and xp are not of the same length.");
        }
        double lval = left == null ? fps[0] : left;
        double rval = right == null ? fps[n - 1] : right;
        double[] out = new double[xs.length];
        if (n == 1) {
            for (int i = 0; i < xs.length; i++) {
                double v = xs[i];
                out[i] = v < xps[0] ? lval : v > xps[0] ? rval : fps[0];
            }
        } else {
            double[] slopes = null;
            if (n <= xs.length) {
                slopes = new double[n - 1];
                for (int i = 0; i < n - 1; i++) {
                    slopes[i] = (fps[i + 1] - fps[i]) / (xps[i + 1] - xps[i]);
                }
            }
            int j = 0;
            for (int i = 0; i < xs.length; i++) {
                double v = xs[i];
                if (v != v) {
                    out[i] = v;
                    continue;
                }
                j = search(v, xps, n, j);
                if (j == -1) {
                    out[i] = lval;
                } else if (j == n) {
                    out[i] = rval;
                } else if (j == n - 1) {
                    out[i] = fps[j];
                } else if (xps[j] == v) {
                    out[i] = fps[j]; // avoid a non-finite interpolation
                } else {
                    double slope = slopes != null ? slopes[j] : (fps[j + 1] - fps[j]) / (xps[j + 1] - xps[j]);
                    double r = slope * (v - xps[j]) + fps[j];
                    if (r != r) {
                        r = slope * (v - xps[j + 1]) + fps[j + 1];
                        if (r != r && fps[j] == fps[j + 1]) {
                            r = fps[j];
                        }
                    }
                    out[i] = r;
                }
            }
        }
        return ACCESS.wrap(out, DType.FLOAT64, x.shape());
    }

    /** NumPy's float {@code %}: the sign of the divisor (fmod, then shifted by the divisor). */
    private static double floorMod(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** NumPy's {@code binary_search_with_guess}: the last {@code j} with {@code arr[j] <= key}, -1 or len outside. */
    private static int search(double key, double[] arr, int len, int guess) {
        int imin = 0;
        int imax = len;
        if (key > arr[len - 1]) {
            return len;
        } else if (key < arr[0]) {
            return -1;
        }
        if (len <= 4) {
            int i = 1;
            while (i < len && key >= arr[i]) {
                i++;
            }
            return i - 1;
        }
        if (guess > len - 3) {
            guess = len - 3;
        }
        if (guess < 1) {
            guess = 1;
        }
        if (key < arr[guess]) {
            if (key < arr[guess - 1]) {
                imax = guess - 1;
                if (guess > LIKELY_IN_CACHE_SIZE && key >= arr[guess - LIKELY_IN_CACHE_SIZE]) {
                    imin = guess - LIKELY_IN_CACHE_SIZE;
                }
            } else {
                return guess - 1;
            }
        } else {
            if (key < arr[guess + 1]) {
                return guess;
            } else if (key < arr[guess + 2]) {
                return guess + 1;
            } else {
                imin = guess + 2;
                if (guess < len - LIKELY_IN_CACHE_SIZE - 1 && key < arr[guess + LIKELY_IN_CACHE_SIZE]) {
                    imax = guess + LIKELY_IN_CACHE_SIZE;
                }
            }
        }
        while (imin < imax) {
            int imid = imin + ((imax - imin) >> 1);
            if (key >= arr[imid]) {
                imin = imid + 1;
            } else {
                imax = imid;
            }
        }
        return imin - 1;
    }
}
