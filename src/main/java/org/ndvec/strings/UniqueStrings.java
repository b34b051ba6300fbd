package org.ndvec.strings;

import org.ndvec.NDArray;

/**
 * The result of {@link StringOps#unique(NDArray)}:
 * {@code values, inverse, counts = np.unique(a, return_inverse=True, return_counts=True)}.
 *
 * @param values  the distinct strings, sorted by code point, 1-d, with the input's width
 * @param inverse INT64 with the input's shape: {@code values[inverse]} rebuilds the input
 * @param counts  INT64, how often each of {@code values} occurs
 */
public record UniqueStrings(NDArray values, NDArray inverse, NDArray counts) {
}
