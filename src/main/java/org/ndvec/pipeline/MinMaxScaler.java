package org.ndvec.pipeline;

import java.util.Objects;
import java.io.Serial;
import java.io.Serializable;
import org.ndvec.DType;
import org.ndvec.Expr;
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
 * Immutable and {@link Serializable}, so a Spark closure can carry a fitted scaler.
 */
public final class MinMaxScaler implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String NAME = "MinMaxScaler";
    /** scikit-learn's {@code _handle_zeros_in_scale}: ranges below 10 ulp(1) count as zero. */
    private static final double ZERO_RANGE = 10 * Math.ulp(1.0);
    /** Per-feature factor, float64 (features,): {@code (max - min) / (dataMax - dataMin)}. */
    private final NDArray scale;
    /** Per-feature offset added after scaling, float64 (features,): {@code min - dataMin * scale}. */
    private final NDArray offset;
    /** Training minimum per feature, float64 (features,). */
    private final NDArray dataMin;
    /** Training maximum per feature, float64 (features,). */
    private final NDArray dataMax;

    private MinMaxScaler(NDArray scale, NDArray offset, NDArray dataMin, NDArray dataMax) {
        this.scale = scale;
        this.offset = offset;
        this.dataMin = dataMin;
        this.dataMax = dataMax;
    }

    /**
     * Fits to the range {@code [0, 1]}. {@code MinMaxScaler().fit(x_train)}
     *
     * @param xTrain the training rows, 2-d (samples, features), numeric
     * @return the fitted scaler
     */
    public static MinMaxScaler fit(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        return fit(xTrain, 0.0, 1.0);
    }

    /**
     * Learns each column's minimum and maximum from {@code xTrain}, shape (samples, features).
     * {@code MinMaxScaler(feature_range=(min, max)).fit(x_train)}
     *
     * @param xTrain the training rows, 2-d (samples, features), numeric
     * @param min the low end of the target range
     * @param max the high end of the target range, above {@code min}
     * @return the fitted scaler
     * @throws IllegalArgumentException if {@code min >= max}, or for a non-2-d, empty or string array
     */
    public static MinMaxScaler fit(NDArray xTrain, double min, double max) {
        Objects.requireNonNull(xTrain, "xTrain");
        checkRange(min, max);
        Features.checkFit(xTrain, NAME);
        NDArray x = xTrain.astype(DType.FLOAT64);
        return fromRange(x.min(0).toDoubleArray(), x.max(0).toDoubleArray(), min, max);
    }

    /**
     * A scaler from column minima and maxima computed elsewhere, for instance merged per-partition
     * ranges of a distributed data set ({@code org.ndvec.spark.NdSpark.fitMinMaxScaler}); the scale
     * and offset are derived exactly as in {@link #fit}, so equal ranges give an equal scaler.
     * scikit-learn keeps the same numbers in {@code data_min_} and {@code data_max_}.
     *
     * @param dataMin column minima, float64 (copied)
     * @param dataMax column maxima, as long as {@code dataMin} (copied)
     * @param min the low end of the target range
     * @param max the high end of the target range, above {@code min}
     * @return the scaler those ranges give
     * @throws IllegalArgumentException if {@code min >= max}, for no columns or different lengths
     */
    public static MinMaxScaler fromRange(double[] dataMin, double[] dataMax, double min, double max) {
        Objects.requireNonNull(dataMin, "dataMin");
        Objects.requireNonNull(dataMax, "dataMax");
        checkRange(min, max);
        if (dataMin.length == 0 || dataMin.length != dataMax.length) {
            throw new IllegalArgumentException(NAME + ".fromRange: " + dataMin.length + " minima and " + dataMax.length
                    + " maxima; give one of each per feature, at least one feature");
        }
        double[] lo = dataMin.clone();
        double[] hi = dataMax.clone();
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

    private static void checkRange(double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("Minimum of desired feature range must be smaller than maximum. Got ("
                    + min + ", " + max + ").");
        }
    }

    /**
     * Per-feature factor, float64. {@code scaler.scale_}
     *
     * @return a copy of the per-feature factors
     */
    public NDArray scale() {
        return scale.copy();
    }

    /**
     * Per-feature offset added after scaling, float64. {@code scaler.min_}
     *
     * @return a copy of the per-feature offsets
     */
    public NDArray offset() {
        return offset.copy();
    }

    /**
     * Training minimum per feature, float64. {@code scaler.data_min_}
     *
     * @return a copy of the per-feature training minima
     */
    public NDArray dataMin() {
        return dataMin.copy();
    }

    /**
     * Training maximum per feature, float64. {@code scaler.data_max_}
     *
     * @return a copy of the per-feature training maxima
     */
    public NDArray dataMax() {
        return dataMax.copy();
    }

    /**
     * {@code x * scale + offset} in x's float type (float32 stays float32). {@code scaler.transform(x)}
     *
     * @param x rows to scale, 2-d with as many columns as the training rows
     * @return a new array of the shape of {@code x}
     */
    public NDArray transform(NDArray x) {
        Objects.requireNonNull(x, "x");
        Features.checkWidth(x, scale.size(), NAME);
        DType t = Features.outputType(x);
        // one fused pass and one allocation (Expr), the same bits as the op-by-op form
        return Expr.of(x).mul(scale.astype(t)).add(offset.astype(t)).eval();
    }

    /**
     * {@code (z - offset) / scale}. {@code scaler.inverse_transform(z)}
     *
     * @param z scaled rows, 2-d with as many columns as the training rows
     * @return a new array of the shape of {@code z}, in the original units
     */
    public NDArray inverseTransform(NDArray z) {
        Objects.requireNonNull(z, "z");
        Features.checkWidth(z, scale.size(), NAME);
        DType t = Features.outputType(z);
        return Expr.of(z).sub(offset.astype(t)).div(scale.astype(t)).eval();
    }
}
