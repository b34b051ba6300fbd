package org.ndvec.pipeline;

import java.util.Objects;
import java.io.Serial;
import java.io.Serializable;
import org.ndvec.DType;
import org.ndvec.Expr;
import org.ndvec.NDArray;

/**
 * Standardizes features to zero mean and unit variance with statistics learned from the training
 * rows only, as scikit-learn's {@code StandardScaler} does: fit on train, then transform train,
 * validation and test with the same numbers, so nothing about the held-out rows leaks into training.
 *
 * <p>The statistics are computed in float64 whatever the input (as scikit-learn accumulates), and
 * applied in the input's float type. The NumPy code this reproduces:
 * <pre>{@code
 * mean  = x_train.astype(np.float64).mean(axis=0)
 * scale = x_train.astype(np.float64).std(axis=0)
 * scale[constant] = 1.0         # scikit-learn's rule for zero-variance columns, see below
 * z = (x - mean.astype(x.dtype)) / scale.astype(x.dtype)       # float32 stays float32
 * x_back = z * scale.astype(z.dtype) + mean.astype(z.dtype)
 * }</pre>
 * A column is constant when its variance is within float64 rounding of zero,
 * {@code var <= n * eps * var + (n * mean * eps) ** 2} (scikit-learn's {@code _is_constant_feature});
 * its scale is 1, so it transforms to 0 rather than to NaN.
 *
 * <p>Immutable and thread-safe once fitted; {@link Serializable} (its arrays in NDArray's serial
 * form), so a Spark closure can carry a fitted standardizer to the executors.
 */
public final class Standardizer implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String NAME = "Standardizer";
    /** The learned column means, float64 (features,). */
    private final NDArray mean;
    /** The learned column standard deviations, 1 for constant columns, float64 (features,). */
    private final NDArray scale;

    private Standardizer(NDArray mean, NDArray scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Learns each column's mean and standard deviation from {@code xTrain}, shape (samples, features).
     * {@code StandardScaler().fit(x_train)}
     *
     * @param xTrain the training rows, 2-d (samples, features), numeric
     * @return the fitted standardizer
     * @throws IllegalArgumentException for a non-2-d, empty or string array
     */
    public static Standardizer fit(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        Features.checkFit(xTrain, NAME);
        ColumnMoments m = ColumnMoments.of(xTrain);
        return fromMoments(xTrain.shape(0), m.mean, m.var);
    }

    /**
     * A standardizer from column statistics computed elsewhere, for instance merged per-partition
     * moments of a distributed data set ({@code org.ndvec.spark.NdSpark.fitStandardizer}); it applies
     * the same constant-column rule as {@link #fit}, so equal statistics give an equal standardizer.
     * scikit-learn keeps the same numbers in {@code mean_}, {@code var_} and {@code n_samples_seen_}.
     *
     * @param count    number of samples the statistics describe, at least 1
     * @param mean     column means, float64 (copied)
     * @param variance column population variances ({@code ddof=0}), as long as {@code mean} (copied)
     * @return the standardizer those statistics give
     * @throws IllegalArgumentException for {@code count < 1}, no columns, different lengths or a
     *     negative variance
     */
    public static Standardizer fromMoments(long count, double[] mean, double[] variance) {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(variance, "variance");
        if (count < 1) {
            throw new IllegalArgumentException("Found array with " + count + " sample(s) while a minimum of 1 is required by "
                    + NAME + ".");
        }
        if (mean.length == 0 || mean.length != variance.length) {
            throw new IllegalArgumentException(NAME + ".fromMoments: " + mean.length + " means and " + variance.length
                    + " variances; give one of each per feature, at least one feature");
        }
        double[] mu = mean.clone();
        double[] sd = new double[variance.length];
        double n = count;
        double eps = Math.ulp(1.0);
        for (int j = 0; j < variance.length; j++) {
            double var = variance[j];
            if (var < 0) {
                throw new IllegalArgumentException(NAME + ".fromMoments: variance " + var + " of feature " + j + " is negative");
            }
            double bound = n * eps * var + (n * mu[j] * eps) * (n * mu[j] * eps);
            sd[j] = var <= bound ? 1.0 : Math.sqrt(var);
        }
        return new Standardizer(NDArray.wrap(mu, mu.length), NDArray.wrap(sd, sd.length));
    }

    /**
     * The learned column means, float64, shape (features,). {@code scaler.mean_}
     *
     * @return a copy of the means
     */
    public NDArray mean() {
        return mean.copy();
    }

    /**
     * The learned column scales (standard deviations, 1 for constant columns), float64. {@code scaler.scale_}
     *
     * @return a copy of the scales
     */
    public NDArray scale() {
        return scale.copy();
    }

    /**
     * Number of features seen in {@link #fit}. {@code scaler.n_features_in_}
     *
     * @return the number of columns {@link #transform} expects
     */
    public int features() {
        return mean.size();
    }

    /**
     * Standardizes {@code x} with the fitted statistics into a new array (float32 for float32
     * input, float64 otherwise). {@code scaler.transform(x)}
     *
     * @param x rows to standardize, 2-d with {@link #features()} columns
     * @return a new array of the shape of {@code x}
     * @throws IllegalArgumentException if {@code x} is not 2-d with {@link #features()} columns
     */
    public NDArray transform(NDArray x) {
        Objects.requireNonNull(x, "x");
        Features.checkWidth(x, features(), NAME);
        DType t = Features.outputType(x);
        // one fused pass, one allocation: the copy, subtract and divide passes of
        // x.astype(t).subi(mean).divi(scale) read and wrote the result three times, same bits
        return Expr.of(x).sub(mean.astype(t)).div(scale.astype(t)).eval();
    }

    /**
     * {@link #fit} then {@link #transform} of the same rows. {@code StandardScaler().fit_transform(x_train)}
     *
     * @param xTrain the training rows, 2-d (samples, features), numeric
     * @return the fitted standardizer and the standardized training rows
     */
    public static Standardized fitTransform(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        Standardizer s = fit(xTrain);
        return new Standardized(s, s.transform(xTrain));
    }

    /**
     * A fitted standardizer with the training rows it transformed.
     *
     * @param standardizer the standardizer fitted to the rows
     * @param x the rows, standardized
     */
    public record Standardized(Standardizer standardizer, NDArray x) {
    }

    /**
     * Undoes {@link #transform}: {@code z * scale + mean}, in {@code z}'s float type.
     * {@code scaler.inverse_transform(z)}
     *
     * @param z standardized rows, 2-d with {@link #features()} columns
     * @return a new array of the shape of {@code z}, in the original units
     */
    public NDArray inverseTransform(NDArray z) {
        Objects.requireNonNull(z, "z");
        Features.checkWidth(z, features(), NAME);
        DType t = Features.outputType(z);
        return Expr.of(z).mul(scale.astype(t)).add(mean.astype(t)).eval();
    }
}
