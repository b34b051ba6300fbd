package org.ndvec.format;

/**
 * What {@link Dragon4} does with trailing zeros, NumPy's {@code trim} argument of
 * {@code np.format_float_positional}. NumPy's letters are given for each constant.
 */
enum Trim {
    /** {@code 'k'}: keep trailing zeros, pad with zeros up to {@code minDigits}. */
    KEEP,
    /** {@code '.'}: drop trailing zeros, keep the point: {@code 1.}. */
    ZEROS,
    /** {@code '0'}: drop trailing zeros but leave one after the point: {@code 1.0}. */
    LEAVE_ONE_ZERO,
    /** {@code '-'}: drop trailing zeros and the point: {@code 1}. */
    POINT_AND_ZEROS
}
