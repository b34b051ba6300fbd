package org.ndvec.pipeline;

import org.ndvec.NDArray;
import org.ndvec.ops.Statistics;

/**
 * Column means and variances of a (samples, features) array in double, without a float64 copy of
 * float32 input. They are the sums of {@code x.mean(0)} and {@code x.var(0)} before any rounding
 * to float32: float64 input is summed compensated, float32 input in double lanes, both in
 * the one order of {@code org.ndvec.kernels.SumOrder}, so a view of the training rows fits the same
 * statistics as its copy, bit for bit ({@code arr - mean} in double, squared, summed, divided by n).
 */
final class ColumnMoments {
    final double[] mean;
    final double[] var;

    private ColumnMoments(double[] mean, double[] var) {
        this.mean = mean;
        this.var = var;
    }

    static ColumnMoments of(NDArray x) {
        double[][] mv = Statistics.columnMoments(x);
        return new ColumnMoments(mv[0], mv[1]);
    }
}
