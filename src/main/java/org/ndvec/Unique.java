package org.ndvec;

/**
 * The sorted unique values of an array with NumPy's optional extras, as
 * {@code np.unique(a, return_index=True, return_inverse=True, return_counts=True)} gives them.
 *
 * @param values  the sorted unique values (1-d, the input's dtype; NaNs collapse into one, as NumPy 2)
 * @param indices int64 position (in the flattened input) of the first occurrence of each value
 * @param inverse int64 array of the input's shape: {@code values.get(inverse)} rebuilds the input
 * @param counts  int64 number of occurrences of each value
 */
public record Unique(NDArray values, NDArray indices, NDArray inverse, NDArray counts) {
}
