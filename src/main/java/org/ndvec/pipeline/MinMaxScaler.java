package org.ndvec.pipeline;

import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * Scales each feature linearly so that the training rows span {@code [min, max]} (default
 * {@code [0, 1]}), as scikit-learn's {@code MinMaxScaler} does. Rows outside the training range
 * map outside {@code [min, max]} (no clipping). A constant training column gets scale 1 (it maps to
 * {@code min}), as in scikit-learn. The NumPy code this reproduces, statistics in float64:
 * <pre>{@code
 * lo, hi = x_train.astype(np.float64).min(0), x_train.astype(np.float64).max(0)
 * rng = hi - lo; rng[rng < 10 * np.finfo(np.float64).eps] = 1.0
 * scale = (fmax - fmin) / rng;  offset = fmin - lo * scale
 * z = x * scale.astype(x.dtype) + offset.astype(x.dtype)
 * x_back = (z - offset.astype(z.dtype)) / scale.astype(z.dtype)
 * }</pre>
 * NaN in the training rows propagates into the statistics (use {@link Checks#anyNan} first).
 */
public final class MinMaxScaler {
    private static final String NAME = "MinMaxScaler";
    /** scikit-learn's {@code _handle_zeros_in_scale}: ranges below 10 ulp(1) count as zero. */
    private static final double ZERO_RANGE = 10 * Math.ulp(1.0);
    private final NDArray scale;
    private final NDArray offset;
    private final NDArray dataMin;
    private final NDArray dataMax;

    private MinMaxScaler(NDArray scale, NDArray offset, NDArray dataMin, NDArray dataMax) {
        this.scale = scale;
        this.offset = offset;
        this.dataMin = dataMin;
        this.dataMax = dataMax;
    }

    /** Fits to the range {@code [0, 1]}. {@code MinMaxScaler().fit(x_train)} */
    public static MinMaxScaler fit(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        return fit(xTrain, 0.0, 1.0);
    }

    /**
     * Learns each column's minimum and maximum from {@code xTrain}, shape (samples, features).
     * {@code MinMaxScaler(feature_range=(min, max)).fit(x_train)}
     *
     * @throws IllegalArgumentException if {@code min >= max}, or for a non-2-d, empty or string array
     */
    public static MinMaxScaler fit(NDArray xTrain, double min, double max) {
        Objects.requireNonNull(xTrain, "xTrain");
        if (!(min < max)) {
            throw new IllegalArgumentException("Minimum of desired feature range must be smaller than maximum. Got ("
                    + min + ", " + max + ").");
        }
        Features.checkFit(xTrain, NAME);
        NDArray x = xTrain.astype(DType.FLOAT64);
        double[] lo = x.min(0).toDoubleArray();
        double[] hi = x.max(0).toDoubleArray();
        double[] scale = new double[lo.length];
        double[] offset = new double[lo.length];
        for (int j = 0; j < lo.length; j++) {
            double range = hi[j] - lo[j];
            scale[j] = (max - min) / (range < ZERO_RANGE ? 1.0 : range);
            offset[j] = min - lo[j] * scale[j];
        }
        int n = lo.length;
        return new MinMaxScaler(NDArray.wrap(scale, n), NDArray.wrap(offset, n), NDArray.wrap(lo, n), NDArray.wrap(hi, n));
    }

    /** Per-feature factor, float64. {@code scaler.scale_} */
    public NDArray scale() {
        return scale.copy();
    }

    /** Per-feature offset added after scaling, float64. {@code scaler.min_} */
    public NDArray offset() {
        return offset.copy();
    }

    /** Training minimum per feature, float64. {@code scaler.data_min_} */
    public NDArray dataMin() {
        return dataMin.copy();
    }

    /** Training maximum per feature, float64. {@code scaler.data_max_} */
    public NDArray dataMax() {
        return dataMax.copy();
    }

    /** {@code x * scale + offset} in x's float type (float32 stays float32). {@code scaler.transform(x)} */
    public NDArray transform(NDArray x) {
        Objects.requireNonNull(x, "x");
        Features.checkWidth(x, scale.size(), NAME);
        DType t = Features.outputType(x);
        return x.astype(t).muli(scale.astype(t)).addi(offset.astype(t));
    }

    /** {@code (z - offset) / scale}. {@code scaler.inverse_transform(z)} */
    public NDArray inverseTransform(NDArray z) {
        Objects.requireNonNull(z, "z");
        Features.checkWidth(z, scale.size(), NAME);
        DType t = Features.outputType(z);
        return z.astype(t).subi(offset.astype(t)).divi(scale.astype(t));
    }
}
