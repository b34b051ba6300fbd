package org.ndvec.pipeline;

import java.util.Objects;
import org.ndvec.DType;
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
 * <p>Immutable and thread-safe once fitted.
 */
public final class Standardizer {
    private static final String NAME = "Standardizer";
    private final NDArray mean;
    private final NDArray scale;

    private Standardizer(NDArray mean, NDArray scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Learns each column's mean and standard deviation from {@code xTrain}, shape (samples, features).
     * {@code StandardScaler().fit(x_train)}
     *
     * @throws IllegalArgumentException for a non-2-d, empty or string array
     */
    public static Standardizer fit(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        Features.checkFit(xTrain, NAME);
        ColumnMoments m = ColumnMoments.of(xTrain);
        double[] mu = m.mean;
        double[] var = m.var;
        double[] sd = new double[var.length];
        double n = xTrain.shape(0);
        double eps = Math.ulp(1.0);
        for (int j = 0; j < var.length; j++) {
            double bound = n * eps * var[j] + (n * mu[j] * eps) * (n * mu[j] * eps);
            sd[j] = var[j] <= bound ? 1.0 : Math.sqrt(var[j]);
        }
        return new Standardizer(NDArray.wrap(mu, mu.length), NDArray.wrap(sd, sd.length));
    }

    /** The learned column means, float64, shape (features,). {@code scaler.mean_} */
    public NDArray mean() {
        return mean.copy();
    }

    /** The learned column scales (standard deviations, 1 for constant columns), float64. {@code scaler.scale_} */
    public NDArray scale() {
        return scale.copy();
    }

    /** Number of features seen in {@link #fit}. {@code scaler.n_features_in_} */
    public int features() {
        return mean.size();
    }

    /**
     * Standardizes {@code x} with the fitted statistics into a new array (float32 for float32
     * input, float64 otherwise). {@code scaler.transform(x)}
     *
     * @throws IllegalArgumentException if {@code x} is not 2-d with {@link #features()} columns
     */
    public NDArray transform(NDArray x) {
        Objects.requireNonNull(x, "x");
        Features.checkWidth(x, features(), NAME);
        DType t = Features.outputType(x);
        return x.astype(t).subi(mean.astype(t)).divi(scale.astype(t));
    }

    /** {@link #fit} then {@link #transform} of the same rows. {@code StandardScaler().fit_transform(x_train)} */
    public static Standardized fitTransform(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        Standardizer s = fit(xTrain);
        return new Standardized(s, s.transform(xTrain));
    }

    /** A fitted standardizer with the training rows it transformed. */
    public record Standardized(Standardizer standardizer, NDArray x) {
    }

    /**
     * Undoes {@link #transform}: {@code z * scale + mean}, in {@code z}'s float type.
     * {@code scaler.inverse_transform(z)}
     */
    public NDArray inverseTransform(NDArray z) {
        Objects.requireNonNull(z, "z");
        Features.checkWidth(z, features(), NAME);
        DType t = Features.outputType(z);
        return z.astype(t).muli(scale.astype(t)).addi(mean.astype(t));
    }
}
