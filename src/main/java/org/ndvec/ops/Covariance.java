package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.indexing.Diagonals;

/**
 * {@code np.cov} and {@code np.corrcoef}, NumPy 2.4's {@code cov} step for step: float64 (or
 * wider) rows of variables, means by {@code average} (weighted by {@code fweights * aweights}),
 * centring, and the product {@code X @ (X * w).T} through ndvec's GEMM, times
 * {@code 1 / fact}. GEMM and ndvec's correctly rounded means sum in another order than NumPy's
 * BLAS and pairwise sums, so elements can differ from NumPy's in their last bits (tests allow 8
 * ulps, and an absolute error relative to the data's scale for entries that cancel to near 0).
 */
public final class Covariance {
    private Covariance() {
    }

    /**
     * {@code np.cov(m, y, rowvar, bias, ddof, fweights, aweights)}.
     *
     * @param y        extra variables (null for none)
     * @param ddof     null for NumPy's default (1, or 0 with {@code bias})
     * @param fweights null, or integer frequency weights, one per observation
     * @param aweights null, or non-negative observation weights
     * @throws IllegalArgumentException {@code m has more than 2 dimensions}, {@code fweights must be integer},
     *     {@code fweights cannot be negative}, {@code incompatible numbers of samples and fweights}, ...
     */
    public static NDArray cov(NDArray m, NDArray y, boolean rowvar, boolean bias, Integer ddof, NDArray fweights,
                              NDArray aweights) {
        if (m.ndim() > 2) {
            throw new IllegalArgumentException("m has more than 2 dimensions");
        }
        if (y != null && y.ndim() > 2) {
            throw new IllegalArgumentException("y has more than 2 dimensions");
        }
        DType t = Promotion.promote(m.dtype(), DType.FLOAT64);
        if (y != null) {
            t = Promotion.promote(t, y.dtype());
        }
        NDArray x = atLeast2d(m).astype(t);
        if (!rowvar && m.ndim() != 1) {
            x = x.T();
        }
        if (x.shape(0) == 0) {
            return Nd.zeros(0, 0);
        }
        if (y != null) {
            NDArray yy = atLeast2d(y).astype(t);
            if (!rowvar && yy.shape(0) != 1) {
                yy = yy.T();
            }
            x = Nd.concatenate(new NDArray[] {x, yy}, 0);
        }
        int d = ddof != null ? ddof : bias ? 0 : 1;
        int obs = x.shape(1);
        double[] w = null;
        double[] aw = null;
        if (fweights != null) {
            double[] f = fweights.astype(DType.FLOAT64).toDoubleArray();
            for (double v : f) {
                if (v != Math.rint(v)) {
                    throw new IllegalArgumentException("fweights must be integer");
                }
            }
            checkWeights(fweights, obs, "fweights");
            w = f;
        }
        if (aweights != null) {
            aw = aweights.astype(DType.FLOAT64).toDoubleArray();
            checkWeights(aweights, obs, "aweights");
            if (w == null) {
                w = aw.clone();
            } else {
                for (int i = 0; i < w.length; i++) {
                    w[i] *= aw[i];
                }
            }
        }
        NDArray wArr = w == null ? null : NDArray.wrap(w, w.length);
        NDArray[] avgSum = Average.averageAndSum(x, new int[] {1}, wArr, false);
        double wSum = avgSum[1].getDouble(0);
        double fact;
        if (w == null) {
            fact = obs - d;
        } else if (d == 0) {
            fact = wSum;
        } else if (aw == null) {
            fact = wSum - d;
        } else {
            // Python's builtin sum: left to right
            double s = 0;
            for (int i = 0; i < w.length; i++) {
                s += w[i] * aw[i];
            }
            fact = wSum - d * s / wSum;
        }
        if (fact <= 0) {
            fact = 0.0; // NumPy warns "Degrees of freedom <= 0 for slice"
        }
        NDArray centred = x.sub(avgSum[0].expandDims(1));
        NDArray xt = wArr == null ? centred.T() : centred.mul(wArr).T();
        NDArray c = centred.matmul(xt);
        c.muli(1.0 / fact);
        return c.squeeze();
    }

    private static void checkWeights(NDArray w, int obs, String name) {
        if (w.ndim() > 1) {
            throw new IllegalArgumentException("cannot handle multidimensional " + name);
        }
        if (w.shape(0) != obs) {
            throw new IllegalArgumentException("incompatible numbers of samples and " + name);
        }
        if (w.lt(0.0).any().getBoolean()) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
    }

    private static NDArray atLeast2d(NDArray a) {
        return a.ndim() == 0 ? a.reshape(1, 1) : a.ndim() == 1 ? a.expandDims(0) : a;
    }

    /**
     * {@code np.corrcoef(x, y, rowvar)}: the covariance divided by the outer product of the standard
     * deviations, clipped to {@code [-1, 1]}; a 0-d {@code c / c} for a single variable.
     */
    public static NDArray corrcoef(NDArray x, NDArray y, boolean rowvar) {
        NDArray c = cov(x, y, rowvar, false, null, null, null);
        if (c.ndim() == 0) {
            return c.div(c);
        }
        NDArray stddev = Diagonals.diagonal(c, 0, 0, 1).sqrt();
        c.divi(stddev.expandDims(1));
        c.divi(stddev.expandDims(0));
        return c.clip(-1.0, 1.0);
    }
}
