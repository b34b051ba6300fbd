package org.ndvec.coverage;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.Histogram;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.Unique;

/**
 * NumPy 2.4's histogram, bincount, digitize, searchsorted, isin, unique, intersect1d, union1d and
 * setdiff1d ({@code coverage_fixtures.py}, area binning): bins, edges (values on and one ulp beside
 * them), ranges, weights, density, dtypes, NaN, strings, views, empty inputs and NumPy's errors. Bit
 * for bit, but for the weighted histograms over given edges (2 ulps, see the script).
 */
class BinningFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("binning", BinningFixturesTest::run, c -> c.has("ulps") ? c.dbl("ulps") : 0.0);
    }

    static Object run(CoverageFixture c) {
        return switch (c.op()) {
            case "histogram" -> {
                NDArray w = c.inputs().get("weights");
                double[] range = c.has("range") ? c.doubles("range") : null;
                yield pair(Nd.histogram(c.in("a"), c.integer("bins"), range, w, c.bool("density")));
            }
            case "histogram_edges" -> pair(Nd.histogram(c.in("a"), c.in("edges"), c.inputs().get("weights"),
                    c.bool("density")));
            case "bincount" -> Nd.bincount(c.in("x"), c.inputs().get("weights"), c.integer("minlength"));
            case "digitize" -> Nd.digitize(c.in("x"), c.in("bins"), c.bool("right"));
            case "searchsorted" -> Nd.searchsorted(c.in("a"), c.in("v"), c.bool("right"), c.inputs().get("sorter"));
            case "isin" -> Nd.isin(c.in("element"), c.in("test"), c.bool("invert"));
            case "unique" -> {
                Unique u = c.has("axis") ? Nd.unique(c.in("a"), c.integer("axis"))
                        : Nd.unique(c.in("a"), c.bool("equal_nan"));
                yield List.of(u.values(), u.indices(), u.inverse(), u.counts());
            }
            case "intersect1d" -> Nd.intersect1d(c.in("a"), c.in("b"), c.bool("assume_unique"));
            case "union1d" -> Nd.union1d(c.in("a"), c.in("b"));
            case "setdiff1d" -> Nd.setdiff1d(c.in("a"), c.in("b"), c.bool("assume_unique"));
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }

    private static List<NDArray> pair(Histogram h) {
        return List.of(h.counts(), h.binEdges());
    }
}
