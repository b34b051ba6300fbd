package org.ndvec;

import java.util.Objects;
/**
 * How {@link Nd#quantile}, {@link Nd#percentile} and their NaN-ignoring twins pick a value between
 * order statistics: the {@code method=} argument of {@code np.quantile}, all thirteen of NumPy 2.4,
 * in NumPy's order. The first nine are Hyndman and Fan's (1996) definitions 1-9; {@link #LINEAR}
 * (their definition 7) is NumPy's default.
 *
 * <p>The five <em>selecting</em> methods ({@link #INVERTED_CDF}, {@link #CLOSEST_OBSERVATION},
 * {@link #LOWER}, {@link #HIGHER}, {@link #NEAREST}) return an element of the input, in the input's
 * dtype (an int32 array gives int32, a bool array bool); the others interpolate and give float64, or
 * float32 for a float32 array and a scalar {@code q}, and refuse bool input as NumPy does.
 */
public enum QuantileMethod {
    /** H&amp;F 1: the smallest element whose empirical CDF reaches q. */
    INVERTED_CDF("inverted_cdf", true),
    /** H&amp;F 2: as inverted_cdf, averaging the two candidates where the CDF equals q exactly. */
    AVERAGED_INVERTED_CDF("averaged_inverted_cdf", false),
    /** H&amp;F 3: the nearest order statistic, the even one on ties. */
    CLOSEST_OBSERVATION("closest_observation", true),
    /** H&amp;F 4: linear interpolation of the empirical CDF. */
    INTERPOLATED_INVERTED_CDF("interpolated_inverted_cdf", false),
    /** H&amp;F 5: piecewise linear through the midpoints of the CDF's steps. */
    HAZEN("hazen", false),
    /** H&amp;F 6: position {@code (n + 1) q}. */
    WEIBULL("weibull", false),
    /** H&amp;F 7, NumPy's default: position {@code (n - 1) q}. */
    LINEAR("linear", false),
    /** H&amp;F 8: approximately median-unbiased whatever the distribution. */
    MEDIAN_UNBIASED("median_unbiased", false),
    /** H&amp;F 9: approximately unbiased for normally distributed data. */
    NORMAL_UNBIASED("normal_unbiased", false),
    /** The order statistic below position {@code (n - 1) q}. */
    LOWER("lower", true),
    /** The order statistic above position {@code (n - 1) q}. */
    HIGHER("higher", true),
    /** The mean of {@link #LOWER} and {@link #HIGHER}. */
    MIDPOINT("midpoint", false),
    /** The order statistic nearest position {@code (n - 1) q}, the even one on ties. */
    NEAREST("nearest", true);

    private final String numpyName;
    private final boolean selecting;

    QuantileMethod(String numpyName, boolean selecting) {
        this.numpyName = numpyName;
        this.selecting = selecting;
    }

    /**
     * NumPy's name, the string passed as {@code method=}.
     *
     * @return the name, e.g. {@code "linear"} or {@code "nearest"}
     */
    public String numpyName() {
        return numpyName;
    }

    /**
     * Whether the method returns an element of the input (in its dtype) instead of interpolating.
     *
     * @return true for the selecting methods ({@code lower}, {@code higher}, {@code nearest}, ...)
     */
    public boolean selecting() {
        return selecting;
    }

    /**
     * The method NumPy calls {@code name}. {@code np.quantile(a, q, method=name)}
     *
     * @param name NumPy's method name, as passed to {@code method=}
     * @return the method of that name
     * @throws IllegalArgumentException NumPy's {@code 'foo' is not a valid method. Use one of: dict_keys([...])}
     */
    public static QuantileMethod of(String name) {
        Objects.requireNonNull(name, "name");
        StringBuilder names = new StringBuilder();
        for (QuantileMethod m : values()) {
            if (m.numpyName.equals(name)) {
                return m;
            }
            names.append(names.isEmpty() ? "" : ", ").append('\'').append(m.numpyName).append('\'');
        }
        throw new IllegalArgumentException(org.ndvec.storage.Strings.pythonRepr(String.valueOf(name))
                + " is not a valid method. Use one of: dict_keys([" + names + "])");
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
