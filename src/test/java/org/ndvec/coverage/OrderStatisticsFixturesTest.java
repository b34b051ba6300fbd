package org.ndvec.coverage;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.QuantileMethod;

/**
 * NumPy 2.4's median, nanmedian, quantile, percentile, nanquantile and nanpercentile, replayed bit
 * for bit: every method, dtypes bool/int32/int64/float32/float64, scalar (weak) and array q, axes
 * and axis tuples, keepdims, NaN and all-NaN lanes, empty inputs, non-contiguous views and NumPy's
 * errors ({@code coverage_fixtures.py}, area order_statistics).
 */
class OrderStatisticsFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("order_statistics", OrderStatisticsFixturesTest::run, c -> 0.0);
    }

    static Object run(CoverageFixture c) {
        NDArray a = c.in("a");
        int[] axes = c.axes("axis");
        boolean keep = c.bool("keepdims");
        return switch (c.op()) {
            case "median" -> Nd.median(a, axes, keep);
            case "nanmedian" -> Nd.nanmedian(a, axes, keep);
            case "quantile", "percentile", "nanquantile", "nanpercentile" -> quantile(c, a, axes, keep);
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }

    private static NDArray quantile(CoverageFixture c, NDArray a, int[] axes, boolean keep) {
        QuantileMethod m = QuantileMethod.of(c.str("method"));
        if (c.inputs().containsKey("q")) {
            NDArray q = c.in("q");
            return switch (c.op()) {
                case "quantile" -> Nd.quantile(a, q, axes, keep, m);
                case "percentile" -> Nd.percentile(a, q, axes, keep, m);
                case "nanquantile" -> Nd.nanquantile(a, q, axes, keep, m);
                default -> Nd.nanpercentile(a, q, axes, keep, m);
            };
        }
        double q = c.dbl("q");
        return switch (c.op()) {
            case "quantile" -> Nd.quantile(a, q, axes, keep, m);
            case "percentile" -> Nd.percentile(a, q, axes, keep, m);
            case "nanquantile" -> Nd.nanquantile(a, q, axes, keep, m);
            default -> Nd.nanpercentile(a, q, axes, keep, m);
        };
    }
}
