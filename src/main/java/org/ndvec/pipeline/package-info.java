/**
 * Feature preprocessing before training, the steps of the NumPy tutorials' "practical data
 * preprocessing pipeline" and of scikit-learn's {@code preprocessing}/{@code model_selection}:
 * {@link org.ndvec.pipeline.Standardizer}, {@link org.ndvec.pipeline.MinMaxScaler} and
 * {@link org.ndvec.pipeline.RobustScaler} (fit on the training rows only),
 * {@link org.ndvec.pipeline.QuantileBinner} (quantile bins, scikit-learn's {@code KBinsDiscretizer}), {@link org.ndvec.pipeline.Split#trainTestSplit} (a seeded
 * {@code RandomState(seed).permutation}, reproducing the NumPy code exactly),
 * {@link org.ndvec.pipeline.Minibatches} and {@link org.ndvec.pipeline.Checks}. One-hot encoding
 * is {@link org.ndvec.Nd#oneHot} ({@code np.eye(k)[labels]}); label encoding of string columns is
 * {@link org.ndvec.Nd#labelEncode}.
 *
 * <p>Samples are rows (axis 0) and features the last axis, as in scikit-learn.
 */
package org.ndvec.pipeline;
