package org.ndvec.kernels;

/**
 * Comparison operators: inputs of the promoted dtype, a bool result. NaN compares
 * unequal to everything (so {@code NE} is true and the others false), as in IEEE 754 and NumPy.
 */
public enum CompareOp {
    /** {@code np.equal}. */
    EQ("equal"),
    /** {@code np.not_equal}. */
    NE("not_equal"),
    /** {@code np.less}. */
    LT("less"),
    /** {@code np.less_equal}. */
    LE("less_equal"),
    /** {@code np.greater}. */
    GT("greater"),
    /** {@code np.greater_equal}. */
    GE("greater_equal");

    private final String ufunc;

    CompareOp(String ufunc) {
        this.ufunc = ufunc;
    }

    /** NumPy's ufunc name, used in error messages. */
    public String ufunc() {
        return ufunc;
    }
}
