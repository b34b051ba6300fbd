package org.ndvec.kernels;

/** Float classification tests with a bool result. */
public enum Predicate {
    /** {@code np.isnan}. */
    ISNAN,
    /** {@code np.isinf}. */
    ISINF,
    /** {@code np.isfinite}. */
    ISFINITE
}
