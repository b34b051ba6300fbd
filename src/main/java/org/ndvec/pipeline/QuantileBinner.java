package org.ndvec.pipeline;

import java.util.Objects;
import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.QuantileMethod;

/**
 * Bins each feature into intervals holding about equally many training rows, as scikit-learn's
 * {@code KBinsDiscretizer(n_bins, encode='ordinal', strategy='quantile')}: the edges are the
 * training column's percentiles at {@code 0, 100/n, ..., 100}, edges closer than 1e-8 to the previous
 * one are dropped, and a value's bin is the number of inner edges at or below it. The NumPy code this
 * reproduces (scikit-learn's {@code fit} and {@code transform}):
 * <pre>{@code
 * for j in range(f):
 *     col = x_train[:, j]
 *     if col.min() == col.max():                  # a constant feature: one bin
 *         edges[j] = np.array([-np.inf, np.inf])
 *         continue
 *     edges[j] = np.percentile(col, np.linspace(0, 100, n_bins + 1), method=method)
 *     edges[j] = edges[j][np.ediff1d(edges[j], to_begin=np.inf) > 1e-8]
 * codes[:, j] = np.searchsorted(edges[j][1:-1], x[:, j], side="right")   # np.digitize(x, edges[1:-1])
 * }</pre>
 * Codes are int64 (scikit-learn returns the same numbers as floats), ready for {@link Nd#oneHot}.
 * NaN is refused, as scikit-learn refuses it. Immutable and thread-safe once fitted.
 */
public final class QuantileBinner {
    private static final String NAME = "QuantileBinner";
    /** scikit-learn's width below which a bin is dropped. */
    private static final double MIN_WIDTH = 1e-8;
    private final NDArray[] edges;

    private QuantileBinner(NDArray[] edges) {
        this.edges = edges;
    }

    /**
     * {@code nBins} quantile bins per feature, linear percentiles.
     * {@code KBinsDiscretizer(n_bins, encode='ordinal', strategy='quantile').fit(x_train)}
     *
     * @param xTrain the training rows, shape (samples, features), without NaN
     * @param nBins the number of bins asked for per feature, at least 2
     * @return the fitted binner
     * @throws IllegalArgumentException for fewer than 2 bins, NaN, or a non-2-d, empty or string array
     */
    public static QuantileBinner fit(NDArray xTrain, int nBins) {
        Objects.requireNonNull(xTrain, "xTrain");
        return fit(xTrain, nBins, QuantileMethod.LINEAR);
    }

    /**
     * Learns the bin edges of every column of {@code xTrain} (samples, features) with the given
     * percentile method ({@code quantile_method} of scikit-learn 1.7).
     *
     * @param xTrain the training rows, shape (samples, features), without NaN
     * @param nBins the number of bins asked for per feature, at least 2; bins narrower than 1e-8 are dropped
     * @param method how the {@code nBins + 1} edge percentiles are computed
     * @return the fitted binner
     * @throws IllegalArgumentException {@code KBinsDiscretizer received an invalid number of bins. Received 1,
     *     expected at least 2.}, {@code Input X contains NaN.}, or for a non-2-d, empty or string array
     */
    public static QuantileBinner fit(NDArray xTrain, int nBins, QuantileMethod method) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(xTrain, "xTrain");
        if (nBins < 2) {
            throw new IllegalArgumentException("KBinsDiscretizer received an invalid number of bins. Received " + nBins
                    + ", expected at least 2.");
        }
        Features.checkFit(xTrain, NAME);
        NDArray x = xTrain.astype(Features.outputType(xTrain));
        noNaN(x);
        NDArray quantiles = Nd.linspace(0, 100, nBins + 1);
        NDArray[] e = new NDArray[x.shape(1)];
        for (int j = 0; j < e.length; j++) {
            NDArray col = x.get(":, " + j);
            if (col.min().getDouble() == col.max().getDouble()) {
                e[j] = Nd.array(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                continue;
            }
            // float64, or the data's float32 for the selecting methods (as NumPy's percentile gives)
            NDArray edges = Nd.percentile(col, quantiles, null, false, method);
            double[] p = edges.toDoubleArray();
            boolean[] keep = new boolean[p.length];
            for (int i = 0; i < p.length; i++) {
                // np.ediff1d in the edges' dtype, compared with 1e-8
                double width = i == 0 ? Double.POSITIVE_INFINITY
                        : edges.dtype() == DType.FLOAT32 ? (float) p[i] - (float) p[i - 1] : p[i] - p[i - 1];
                keep[i] = width > MIN_WIDTH;
            }
            e[j] = edges.get(Nd.array(keep));
        }
        return new QuantileBinner(e);
    }

    private static void noNaN(NDArray x) {
        if (x.isnan().any().getBoolean()) {
            throw new IllegalArgumentException("Input X contains NaN.");
        }
    }

    /**
     * The bin edges of every feature (copies): float64, or float32 for float32 data and a selecting
     * percentile method, as NumPy's percentile returns them. {@code binner.bin_edges_}
     *
     * @return one array of ascending edges per feature; a constant feature gets {@code [-inf, inf]}
     */
    public NDArray[] binEdges() {
        NDArray[] out = new NDArray[edges.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = edges[j].copy();
        }
        return out;
    }

    /**
     * The number of bins of every feature (fewer than asked where bins were too narrow). {@code binner.n_bins_}
     *
     * @return the bin count per feature
     */
    public int[] nBins() {
        return Arrays.stream(edges).mapToInt(e -> e.size() - 1).toArray();
    }

    /**
     * Number of features seen in {@link #fit}. {@code binner.n_features_in_}
     *
     * @return the number of columns of the training rows
     */
    public int features() {
        return edges.length;
    }

    /**
     * The bin of every value, int64 of {@code x}'s shape, in {@code [0, nBins[j])}.
     * {@code binner.transform(x).astype(np.int64)}
     *
     * @param x the rows to bin, shape (rows, features)
     * @return a new int64 array of bin indices
     * @throws IllegalArgumentException if {@code x} is not 2-d with {@link #features()} columns, or holds NaN
     */
    public NDArray transform(NDArray x) {
        Objects.requireNonNull(x, "x");
        Features.checkWidth(x, edges.length, NAME);
        NDArray xf = x.astype(Features.outputType(x));
        noNaN(xf);
        NDArray out = Nd.zeros(DType.INT64, x.shape());
        for (int j = 0; j < edges.length; j++) {
            NDArray inner = edges[j].get("1:-1");
            out.set(":, " + j, Nd.searchsorted(inner, xf.get(":, " + j), true));
        }
        return out;
    }

    /**
     * {@link #fit} then {@link #transform} of the same rows.
     * {@code KBinsDiscretizer(n_bins, encode='ordinal', strategy='quantile').fit_transform(x_train)}
     *
     * @param xTrain the training rows, shape (samples, features), without NaN
     * @param nBins the number of bins asked for per feature, at least 2
     * @return the fitted binner and the bins of the training rows
     * @throws IllegalArgumentException for fewer than 2 bins, NaN, or a non-2-d, empty or string array
     */
    public static Binned fitTransform(NDArray xTrain, int nBins) {
        Objects.requireNonNull(xTrain, "xTrain");
        QuantileBinner b = fit(xTrain, nBins);
        return new Binned(b, b.transform(xTrain));
    }

    /**
     * A fitted binner with the training rows it binned.
     *
     * @param binner the fitted binner
     * @param codes  the training rows' bins, int64
     */
    public record Binned(QuantileBinner binner, NDArray codes) {
    }
}
