package org.ndvec.kernels;

/**
 * The last steps of a compensated float64 sum: a running sum {@code hi} and the collected
 * rounding errors {@code lo} (Knuth's TwoSum at every addition) become one correctly rounded
 * double, or, for a partial that is combined further, an unevaluated pair {@code hi + lo}.
 *
 * <p>Why compensated: NumPy's pairwise sum has an error of up to a few ulp on large mixed-sign
 * inputs, and the issue asks for sums at least as accurate as NumPy's. With the errors collected
 * the result is as if summed in twice the precision and then rounded (Ogita, Rump and Oishi's
 * Sum2: error at most eps |s| + n^2 eps^2 sum|x|), which for any Java array is the correctly
 * rounded sum in all but near-tie cases.
 */
public final class CompensatedSum {
    private CompensatedSum() {
    }

    /**
     * The rounding error of {@code t = s + x} (Knuth's TwoSum): {@code s + x == t + error} exactly,
     * whatever the magnitudes of {@code s} and {@code x}.
     */
    public static double error(double s, double x, double t) {
        double z = t - s;
        return (s - (t - z)) + (x - z);
    }

    /**
     * The rounded sum {@code hi + lo}; with {@code low != null} also stores the part it lost in
     * {@code low[lowAt]}, so that {@code result + low[lowAt] == hi + lo} exactly. A non-finite
     * {@code hi} is the answer as it stands: an infinity or NaN among the inputs (or an overflow)
     * turns the error terms into NaN, and the plain sum already says what NumPy's says.
     */
    public static double finish(double hi, double lo, double[] low, int lowAt) {
        if (!Double.isFinite(hi)) {
            if (low != null) {
                low[lowAt] = 0;
            }
            return hi;
        }
        double r = hi + lo;
        if (low != null) {
            low[lowAt] = lo - (r - hi);
        }
        return r;
    }

    /**
     * Sum of unevaluated pairs {@code hi[i] + lo[i]} for {@code i} in {@code [0, n)}, in index
     * order (so independent of who computed which pair), compensated like the kernels.
     */
    public static double ofParts(double[] hi, double[] lo, int n) {
        double s = 0;
        double c = 0;
        for (int i = 0; i < n; i++) {
            double t = s + hi[i];
            c += error(s, hi[i], t) + lo[i];
            s = t;
        }
        return finish(s, c, null, 0);
    }
}
