package org.ndvec;

/**
 * The two arrays {@link Nd#histogram} returns, as {@code hist, bin_edges = np.histogram(a, ...)}.
 *
 * @param counts   one value per bin: int64 counts, the weights' dtype when weighted, float64 densities
 * @param binEdges the {@code bins + 1} edges; every bin is half-open {@code [e[i], e[i + 1])} but the
 *                 last, which includes its right edge
 */
public record Histogram(NDArray counts, NDArray binEdges) {
}
