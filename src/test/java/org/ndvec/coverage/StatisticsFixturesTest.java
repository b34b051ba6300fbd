package org.ndvec.coverage;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * NumPy 2.4's nanvar, nanstd, nanargmax, nanargmin and average ({@code coverage_fixtures.py}, area
 * statistics). Sums of random floats are compared within the ulps the script records with each case
 * (NumPy sums pairwise, float32 in float32; ndvec's sums are compensated float64); exact data
 * (small integers, dyadic weights) and every index result bit for bit.
 */
class StatisticsFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("statistics", StatisticsFixturesTest::run,
                c -> c.has("ulps") ? c.dbl("ulps") : 0.0);
    }

    static Object run(CoverageFixture c) {
        NDArray a = c.in("a");
        int[] axes = c.axes("axis");
        boolean keep = c.bool("keepdims");
        return switch (c.op()) {
            case "nanvar" -> Nd.nanvar(a, axes, keep, c.integer("ddof"));
            case "nanstd" -> Nd.nanstd(a, axes, keep, c.integer("ddof"));
            case "nanargmax" -> axes == null ? keep ? Nd.nanargmax(a).reshape(ones(a.ndim())) : Nd.nanargmax(a)
                    : Nd.nanargmax(a, axes[0], keep);
            case "nanargmin" -> axes == null ? keep ? Nd.nanargmin(a).reshape(ones(a.ndim())) : Nd.nanargmin(a)
                    : Nd.nanargmin(a, axes[0], keep);
            case "average" -> {
                NDArray w = c.inputs().get("weights");
                yield c.bool("returned") ? Nd.averageReturned(a, axes, w, keep) : Nd.average(a, axes, w, keep);
            }
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }

    private static int[] ones(int n) {
        int[] s = new int[n];
        java.util.Arrays.fill(s, 1);
        return s;
    }
}
