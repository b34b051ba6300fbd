package org.ndvec.pipeline;

import java.util.Objects;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.QuantileMethod;
import org.ndvec.format.ArrayFormatter;

/**
 * Scales features with statistics robust to outliers, as scikit-learn's {@code RobustScaler}: each
 * column is centred on its median and divided by its interquartile range (or another
 * {@code quantile_range}), both learned from the training rows only. NaN is ignored when fitting
 * and kept when transforming. The NumPy code this reproduces (scikit-learn's {@code fit} and
 * {@code transform}):
 * <pre>{@code
 * center = np.nanmedian(x_train, axis=0)                      # float32 stays float32
 * q = np.transpose([np.nanpercentile(x_train[:, j], (q_min, q_max)) for j in range(f)])   # float64
 * scale = q[1] - q[0]
 * scale[scale < 10 * np.finfo(np.float64).eps] = 1.0         # _handle_zeros_in_scale
 * if unit_variance: scale = scale / (norm.ppf(q_max / 100) - norm.ppf(q_min / 100))
 * z = x.astype(float type, copy=True); z -= center; z /= scale        # in place, as scikit-learn does
 * x_back = z * scale + center                                          # z *= scale; z += center
 * }</pre>
 * Integer input is scaled as float64. Immutable and thread-safe once fitted.
 */
public final class RobustScaler {
    private static final String NAME = "RobustScaler";
    private static final double ZERO_SCALE = 10 * Math.ulp(1.0);
    private final NDArray center;
    private final NDArray scale;
    private final int features;

    private RobustScaler(NDArray center, NDArray scale, int features) {
        this.center = center;
        this.scale = scale;
        this.features = features;
    }

    /**
     * Median centring and interquartile scaling. {@code RobustScaler().fit(x_train)}
     *
     * @param xTrain the training rows, shape (samples, features)
     * @return the fitted scaler
     * @throws IllegalArgumentException for a non-2-d, empty or string array
     */
    public static RobustScaler fit(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        return fit(xTrain, true, true, 25.0, 75.0, false);
    }

    /**
     * {@code RobustScaler(with_centering, with_scaling, quantile_range=(qMin, qMax), unit_variance).fit(x_train)}
     * on {@code xTrain} of shape (samples, features).
     *
     * @param xTrain the training rows, shape (samples, features)
     * @param withCentering learn and subtract the column medians ({@code with_centering})
     * @param withScaling learn and divide by the quantile ranges ({@code with_scaling})
     * @param qMin the lower percentile of the range, in [0, 100] ({@code quantile_range[0]})
     * @param qMax the upper percentile of the range, in [qMin, 100] ({@code quantile_range[1]})
     * @param unitVariance divide the scale by the normal distribution's range between the two quantiles,
     *                     so normally distributed features get variance 1
     * @return the fitted scaler
     * @throws IllegalArgumentException {@code Invalid quantile range: (25.0, 175.0)}, or for a non-2-d, empty or
     *     string array
     */
    public static RobustScaler fit(NDArray xTrain, boolean withCentering, boolean withScaling, double qMin, double qMax,
                                   boolean unitVariance) {
        Objects.requireNonNull(xTrain, "xTrain");
        if (!(0 <= qMin && qMin <= qMax && qMax <= 100)) {
            throw new IllegalArgumentException("Invalid quantile range: (" + ArrayFormatter.scalarStr(qMin) + ", "
                    + ArrayFormatter.scalarStr(qMax) + ")");
        }
        Features.checkFit(xTrain, NAME);
        NDArray x = xTrain.astype(Features.outputType(xTrain));
        NDArray c = withCentering ? Nd.nanmedian(x, 0) : null;
        NDArray s = null;
        if (withScaling) {
            NDArray q = Nd.nanpercentile(x, Nd.array(qMin, qMax), new int[] {0}, false, QuantileMethod.LINEAR);
            double[] lo = q.get("0").toDoubleArray();
            double[] hi = q.get("1").toDoubleArray();
            double adjust = unitVariance ? NormalQuantile.ppf(qMax / 100.0) - NormalQuantile.ppf(qMin / 100.0) : 1;
            double[] sc = new double[lo.length];
            for (int j = 0; j < sc.length; j++) {
                sc[j] = hi[j] - lo[j];
                if (sc[j] < ZERO_SCALE) {
                    sc[j] = 1.0;
                }
                if (unitVariance) {
                    sc[j] = sc[j] / adjust;
                }
            }
            s = NDArray.wrap(sc, sc.length);
        }
        return new RobustScaler(c, s, xTrain.shape(1));
    }

    /**
     * The learned column medians (float32 for float32 training data, else float64), or null without
     * centring. {@code scaler.center_}
     *
     * @return the medians, shape (features,), or null
     */
    public NDArray center() {
        return center == null ? null : center.copy();
    }

    /**
     * The learned column scales, float64, or null without scaling. {@code scaler.scale_}
     *
     * @return the scales, shape (features,), or null
     */
    public NDArray scale() {
        return scale == null ? null : scale.copy();
    }

    /**
     * Number of features seen in {@link #fit}. {@code scaler.n_features_in_}
     *
     * @return the number of columns of the training rows
     */
    public int features() {
        return features;
    }

    /**
     * {@code (x - center) / scale} into a new array of {@code x}'s float type (float64 for integers);
     * float32 input is divided in float64 and rounded once, as NumPy's in-place division does.
     * {@code scaler.transform(x)}
     *
     * @param x the rows to scale, shape (rows, features); NaN stays NaN
     * @return a new array of {@code x}'s shape, scaled
     * @throws IllegalArgumentException if {@code x} is not 2-d with {@link #features()} columns
     */
    public NDArray transform(NDArray x) {
        Objects.requireNonNull(x, "x");
        Features.checkWidth(x, features, NAME);
        DType t = Features.outputType(x);
        NDArray z = x.astype(t);
        if (center != null) {
            z.subi(center.astype(t));
        }
        if (scale != null) {
            z = t == DType.FLOAT64 ? z.divi(scale) : z.astype(DType.FLOAT64).divi(scale).astype(t);
        }
        return z;
    }

    /**
     * {@link #fit} then {@link #transform} of the same rows. {@code RobustScaler().fit_transform(x_train)}
     *
     * @param xTrain the training rows, shape (samples, features)
     * @return the fitted scaler and the transformed rows
     * @throws IllegalArgumentException for a non-2-d, empty or string array
     */
    public static Scaled fitTransform(NDArray xTrain) {
        Objects.requireNonNull(xTrain, "xTrain");
        RobustScaler s = fit(xTrain);
        return new Scaled(s, s.transform(xTrain));
    }

    /**
     * A fitted scaler with the training rows it transformed.
     *
     * @param scaler the fitted scaler
     * @param x      the training rows, transformed
     */
    public record Scaled(RobustScaler scaler, NDArray x) {
    }

    /**
     * Undoes {@link #transform}: {@code z * scale + center} in {@code z}'s float type (the product in
     * float64 for float32, as NumPy's in-place multiply). {@code scaler.inverse_transform(z)}
     *
     * @param z scaled rows, shape (rows, features)
     * @return a new array of {@code z}'s shape in the original units
     * @throws IllegalArgumentException if {@code z} is not 2-d with {@link #features()} columns
     */
    public NDArray inverseTransform(NDArray z) {
        Objects.requireNonNull(z, "z");
        Features.checkWidth(z, features, NAME);
        DType t = Features.outputType(z);
        NDArray x = z.astype(t);
        if (scale != null) {
            x = t == DType.FLOAT64 ? x.muli(scale) : x.astype(DType.FLOAT64).muli(scale).astype(t);
        }
        if (center != null) {
            x.addi(center.astype(t));
        }
        return x;
    }
}
