package org.ndvec.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.QuantileMethod;
import org.ndvec.pipeline.QuantileBinner;
import org.ndvec.pipeline.RobustScaler;

/**
 * RobustScaler and QuantileBinner against scikit-learn's fit/transform written out in NumPy
 * ({@code coverage_fixtures.py}, area pipeline; scikit-learn itself is not installed): statistics,
 * transformed and restored rows, edges and codes, for float64, float32 and integer input with NaN,
 * an outlier, constant columns and collapsing bins. Exact, but unit_variance (16 ulps: ndvec's own
 * normal quantile against SciPy's).
 */
class PipelineFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("pipeline", PipelineFixturesTest::run, c -> c.has("ulps") ? c.dbl("ulps") : 0.0);
    }

    static Object run(CoverageFixture c) {
        NDArray x = c.in("x");
        NDArray xt = c.in("xt");
        return switch (c.op()) {
            case "robust_scaler" -> {
                RobustScaler s = RobustScaler.fit(x, c.bool("with_centering"), c.bool("with_scaling"), c.dbl("qmin"),
                        c.dbl("qmax"), c.bool("unit_variance"));
                NDArray z = s.transform(xt);
                NDArray center = s.center() == null ? Nd.zeros(0) : s.center();
                NDArray scale = s.scale() == null ? Nd.zeros(0) : s.scale();
                yield List.of(center, scale, z, s.inverseTransform(z));
            }
            case "quantile_binner" -> {
                QuantileBinner b = QuantileBinner.fit(x, c.integer("n_bins"), QuantileMethod.of(c.str("method")));
                List<NDArray> out = new ArrayList<>(List.of(b.binEdges()));
                out.add(b.transform(xt));
                yield out;
            }
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }
}
