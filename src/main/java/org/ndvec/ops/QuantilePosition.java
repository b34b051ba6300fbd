package org.ndvec.ops;

import org.ndvec.QuantileMethod;

/**
 * Where quantile {@code q} of {@code n} sorted values lies: the two order statistics to combine
 * and the interpolation weight, computed with exactly the floating-point operations of NumPy 2.4's
 * {@code _quantile} ({@code numpy/lib/_function_base_impl.py}: {@code _QuantileMethods},
 * {@code _get_indexes}, {@code _get_gamma}), so that results match bit for bit.
 *
 * <p>One NumPy detail is kept on purpose: a virtual index at or past the last element makes NumPy
 * use index {@code -1} (and below the first, 0) for both neighbours, and the weight is measured
 * from that replaced index ({@code gamma = virtual - (-1)}), not from the real one. The weight then
 * only matters through the two equal neighbours, but it decides the branch of the lerp and so the
 * sign of a zero result, which is why it is reproduced.
 *
 * @param lower  position of the lower neighbour in {@code [0, n)}
 * @param upper  position of the upper neighbour in {@code [0, n)} (equal to {@code lower} for the
 *               selecting methods and at the ends)
 * @param gamma  the interpolation weight of {@code upper}
 */
record QuantilePosition(int lower, int upper, double gamma) {

    /**
     * The index NumPy reads first for quantile {@code q} of an empty lane, the one its
     * {@code IndexError} names: the selecting methods' raw index, and for the others the
     * replaced floor ({@code -1} at or past the end, then {@code 0} below the start).
     */
    static long emptyLaneIndex(QuantileMethod method, double q) {
        return switch (method) {
            case LOWER -> (long) Math.floor(-q);
            case HIGHER -> (long) Math.ceil(-q);
            case NEAREST -> (long) Math.rint(-q);
            case INVERTED_CDF, CLOSEST_OBSERVATION -> {
                double index = method == QuantileMethod.INVERTED_CDF ? 0 * q - 1 : 0 * q - 1 - 0.5;
                double previous = Math.floor(index);
                boolean takePrevious = index - previous == 0
                        && (method == QuantileMethod.INVERTED_CDF || pythonMod2(previous) == 1);
                yield Math.max(0, (long) (takePrevious ? previous : previous + 1));
            }
            default -> virtualIndex(method, 0, q) < 0 ? 0 : -1;
        };
    }

    /**
     * @param n the number of values (at least 1)
     * @param q the quantile in {@code [0, 1]}
     */
    static QuantilePosition of(QuantileMethod method, int n, double q) {
        switch (method) {
            case LOWER:
                return at((long) Math.floor((n - 1) * q), n);
            case HIGHER:
                return at((long) Math.ceil((n - 1) * q), n);
            case NEAREST:
                return at((long) Math.rint((n - 1) * q), n); // np.around: half to even
            case INVERTED_CDF:
                return discrete(n * q - 1, false, n);
            case CLOSEST_OBSERVATION:
                return discrete(n * q - 1 - 0.5, true, n);
            default:
                break;
        }
        double virtual = virtualIndex(method, n, q);
        // _get_indexes: floor and floor + 1, both replaced by -1 (the last) at or past n - 1 and by
        // 0 below 0; gamma is taken from the replaced floor
        double floor = Math.floor(virtual);
        double replaced = virtual >= n - 1 ? -1 : virtual < 0 ? 0 : floor;
        int lower = replaced == -1 ? n - 1 : (int) replaced;
        int upper = replaced == -1 ? n - 1 : replaced == 0 && virtual < 0 ? 0 : lower + 1;
        double gamma = virtual - replaced;
        if (method == QuantileMethod.AVERAGED_INVERTED_CDF) {
            gamma = gamma == 0 ? 0.5 : 1.0;
        } else if (method == QuantileMethod.MIDPOINT) {
            gamma = virtual % 1 == 0 ? 0.0 : 0.5;
        }
        return new QuantilePosition(lower, upper, gamma);
    }

    /** The interpolating methods' virtual index, as {@code _QuantileMethods} computes it. */
    private static double virtualIndex(QuantileMethod method, int n, double q) {
        return switch (method) {
            case LINEAR -> (n - 1) * q;
            case AVERAGED_INVERTED_CDF -> n * q - 1;
            case MIDPOINT -> 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q));
            case INTERPOLATED_INVERTED_CDF -> hyndmanFan(n, q, 0, 1);
            case HAZEN -> hyndmanFan(n, q, 0.5, 0.5);
            case WEIBULL -> hyndmanFan(n, q, 0, 0);
            case MEDIAN_UNBIASED -> hyndmanFan(n, q, 1 / 3.0, 1 / 3.0);
            case NORMAL_UNBIASED -> hyndmanFan(n, q, 3 / 8.0, 3 / 8.0);
            default -> throw new IllegalStateException(method.toString());
        };
    }

    /** {@code _compute_virtual_index}: {@code n q + (alpha + q (1 - alpha - beta)) - 1}, in that order. */
    private static double hyndmanFan(int n, double q, double alpha, double beta) {
        return n * q + (alpha + q * (1 - alpha - beta)) - 1;
    }

    /**
     * {@code _discrete_interpolation_to_boundaries}: the floor where the fraction is 0 (and for
     * closest_observation only where the floor is odd), else the floor + 1; negatives clipped to 0.
     */
    private static QuantilePosition discrete(double index, boolean oddFloorOnly, int n) {
        double previous = Math.floor(index);
        double gamma = index - previous;
        boolean takePrevious = gamma == 0 && (!oddFloorOnly || pythonMod2(previous) == 1);
        return at((long) (takePrevious ? previous : previous + 1), n);
    }

    /** Python's {@code x % 2} for a float: the sign of the divisor. */
    private static double pythonMod2(double x) {
        double r = x % 2;
        return r < 0 ? r + 2 : r;
    }

    private static QuantilePosition at(long index, int n) {
        int i = (int) Math.max(0, Math.min(index, n - 1L));
        return new QuantilePosition(i, i, 0);
    }
}
