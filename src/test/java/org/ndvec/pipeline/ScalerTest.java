package org.ndvec.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ndvec.pipeline.PipelineFixtures.assertClose;
import static org.ndvec.pipeline.PipelineFixtures.get;

import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Standardizer and MinMaxScaler against NumPy's answers (gen_pipeline_fixtures.py), in float64
 * and float32, with a constant column (scale 1, as scikit-learn handles it) among large offsets.
 */
class ScalerTest {

    @Test
    void standardizerMatchesNumpy() {
        for (String t : new String[] {"64", "32"}) {
            NDArray x = get("x" + t);
            NDArray before = x.copy();
            Standardizer s = Standardizer.fit(x);
            assertClose(get("std" + t + "_mean"), s.mean(), "mean " + t);
            assertClose(get("std" + t + "_scale"), s.scale(), "scale " + t);
            NDArray z = s.transform(get("xt" + t));
            assertClose(get("std" + t + "_z"), z, "transform " + t);
            assertClose(get("std" + t + "_back"), s.inverseTransform(z), "inverse " + t);
            assertArrayEquals(before.toDoubleArray(), x.toDoubleArray(), "fit leaves the input alone");
            assertEquals(1.0, s.scale().getDouble(3), "constant column");
        }
    }

    @Test
    void standardizedTrainingRowsHaveZeroMeanAndUnitStd() {
        Standardizer.Standardized f = Standardizer.fitTransform(get("x64"));
        double[] mean = f.x().mean(0).toDoubleArray();
        double[] std = f.x().std(0).toDoubleArray();
        for (int j = 0; j < mean.length; j++) {
            assertEquals(0.0, mean[j], 1e-9, "mean of column " + j);
            assertEquals(j == 3 ? 0.0 : 1.0, std[j], 1e-9, "std of column " + j);
        }
    }

    @Test
    void minMaxMatchesNumpy() {
        for (String t : new String[] {"64", "32"}) {
            MinMaxScaler m = MinMaxScaler.fit(get("x" + t), -1.0, 2.0);
            assertClose(get("mm" + t + "_scale"), m.scale(), "scale " + t);
            assertClose(get("mm" + t + "_offset"), m.offset(), "offset " + t);
            NDArray z = m.transform(get("xt" + t));
            assertClose(get("mm" + t + "_z"), z, "transform " + t);
            assertClose(get("mm" + t + "_back"), m.inverseTransform(z), "inverse " + t);
        }
    }

    @Test
    void minMaxMapsTheTrainingRangeOntoZeroOne() {
        NDArray z = MinMaxScaler.fit(get("x64")).transform(get("x64"));
        double[] lo = z.min(0).toDoubleArray();
        double[] hi = z.max(0).toDoubleArray();
        for (int j = 0; j < lo.length; j++) {
            assertEquals(0.0, lo[j], 1e-12, "min of column " + j);
            assertEquals(j == 3 ? 0.0 : 1.0, hi[j], 1e-12, "max of column " + j);
        }
    }

    @Test
    void refusesWhatScikitLearnRefuses() {
        Standardizer s = Standardizer.fit(get("x64"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.transform(Nd.zeros(2, 4)));
        assertEquals("X has 4 features, but Standardizer is expecting 5 features as input.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(Nd.zeros(0, 3)));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(Nd.zeros(3)));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(Nd.array("a", "b").reshape(2, 1)));
        assertThrows(IllegalArgumentException.class, () -> MinMaxScaler.fit(get("x64"), 1.0, 1.0));
    }
}
