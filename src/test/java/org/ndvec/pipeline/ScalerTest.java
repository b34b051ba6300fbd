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
            // z * scale + mean cancels: a column with mean 1e6 and values near 7 (the fixture's
            // column 4) turns a one-ulp difference in the mean (ulp(1e6) = 1.2e-10) into that much
            // absolute error of the result. ndvec's float64 means are the correctly rounded sums
            // over n (checked below), NumPy's pairwise ones can differ in the last bit, so the
            // inverse is compared within 2 ulp of the largest mean.
            double meanUlp = Math.ulp(s.mean().abs().max().itemDouble());
            assertClose(get("std" + t + "_back"), s.inverseTransform(z), "inverse " + t,
                    t.equals("64") ? 2 * meanUlp : 0);
            assertArrayEquals(before.toDoubleArray(), x.toDoubleArray(), "fit leaves the input alone");
            assertEquals(1.0, s.scale().getDouble(3), "constant column");
        }
    }

    /** float64 column means are the exactly rounded column sums divided by n (Python: math.fsum(col) / n). */
    @Test
    void standardizerMeansAreCorrectlyRoundedSumsOverN() {
        NDArray x = get("x64");
        double[] mean = Standardizer.fit(x).mean().toDoubleArray();
        double[][] rows = x.toDoubleArray2D();
        for (int j = 0; j < mean.length; j++) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (double[] row : rows) {
                sum = sum.add(new java.math.BigDecimal(row[j]));
            }
            assertEquals(sum.doubleValue() / rows.length, mean[j], "column " + j);
            // and the same matrix in Fortran order (every column contiguous, a transposed view) fits the same bits
            NDArray fortran = x.T().copy().T();
            assertEquals(mean[j], Standardizer.fit(fortran).mean().getDouble(j), "Fortran order, column " + j);
            assertEquals(Standardizer.fit(x).scale().getDouble(j), Standardizer.fit(fortran).scale().getDouble(j));
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

    @Test
    void fromMomentsAndFromRangeRebuildNumpysScalersFromStatistics() {
        NDArray x = get("x64");
        // the statistics a distributed fit merges: count, mean, population variance (np.var, ddof=0)
        Standardizer s = Standardizer.fromMoments(x.shape(0), x.mean(0).toDoubleArray(), x.var(0).toDoubleArray());
        assertClose(get("std64_mean"), s.mean(), "mean");
        assertClose(get("std64_scale"), s.scale(), "scale, constant column included");
        MinMaxScaler m = MinMaxScaler.fromRange(x.min(0).toDoubleArray(), x.max(0).toDoubleArray(), -1.0, 2.0);
        assertClose(get("mm64_scale"), m.scale(), "scale");
        assertClose(get("mm64_offset"), m.offset(), "offset");
    }

    @Test
    void fromMomentsAndFromRangeRefuseInconsistentStatistics() {
        assertEquals("Found array with 0 sample(s) while a minimum of 1 is required by Standardizer.",
                assertThrows(IllegalArgumentException.class,
                        () -> Standardizer.fromMoments(0, new double[] {1}, new double[] {1})).getMessage());
        assertEquals("Standardizer.fromMoments: 2 means and 1 variances; give one of each per feature, at least one feature",
                assertThrows(IllegalArgumentException.class,
                        () -> Standardizer.fromMoments(3, new double[] {1, 2}, new double[] {1})).getMessage());
        assertEquals("Standardizer.fromMoments: variance -1.0 of feature 0 is negative",
                assertThrows(IllegalArgumentException.class,
                        () -> Standardizer.fromMoments(3, new double[] {1}, new double[] {-1})).getMessage());
        assertEquals("MinMaxScaler.fromRange: 0 minima and 0 maxima; give one of each per feature, at least one feature",
                assertThrows(IllegalArgumentException.class,
                        () -> MinMaxScaler.fromRange(new double[0], new double[0], 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MinMaxScaler.fromRange(new double[] {0}, new double[] {1}, 1, 1));
    }

    @Test
    void fittedScalersSurviveJavaSerialization() throws Exception {
        NDArray x = get("x64");
        Standardizer s = Standardizer.fit(x);
        MinMaxScaler m = MinMaxScaler.fit(x, -1.0, 2.0);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(s);
            out.writeObject(m);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            Standardizer s2 = (Standardizer) in.readObject();
            MinMaxScaler m2 = (MinMaxScaler) in.readObject();
            NDArray xt = get("xt64");
            assertClose(get("std64_z"), s2.transform(xt), "standardizer read back");
            assertClose(get("mm64_z"), m2.transform(xt), "min-max scaler read back");
        }
    }

    /**
     * The fused transforms round as NumPy's {@code (x - mean) / scale} and {@code x * scale + offset}
     * do, one operation at a time in float32, on an array large enough to run in parallel chunks
     * (40,000 x 8 float32) and on a transposed view; the reference is plain Java float arithmetic.
     */
    @Test
    void fusedTransformsRoundLikeTheUfuncChain() {
        int rows = 40_000;
        int cols = 8;
        float[] data = new float[rows * cols];
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (r.nextGaussian() * (1 + i % cols) + i % cols * 100);
        }
        NDArray x = NDArray.wrap(data, rows, cols);
        Standardizer s = Standardizer.fit(x);
        float[] mean = s.mean().astype(org.ndvec.DType.FLOAT32).toFloatArray();
        float[] scale = s.scale().astype(org.ndvec.DType.FLOAT32).toFloatArray();
        float[] z = s.transform(x).toFloatArray();
        MinMaxScaler m = MinMaxScaler.fit(x, -1.0, 2.0);
        float[] mz = m.transform(x).toFloatArray();
        NDArray xt = NDArray.wrap(data, cols, rows).transpose();
        float[] zt = s.transform(xt).toFloatArray();
        float[] mScale = m.scale().astype(org.ndvec.DType.FLOAT32).toFloatArray();
        float[] offset = m.offset().astype(org.ndvec.DType.FLOAT32).toFloatArray();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                float v = data[i * cols + j];
                assertEquals((v - mean[j]) / scale[j], z[i * cols + j], "standardized [" + i + ", " + j + "]");
                float vt = data[j * rows + i];
                assertEquals((vt - mean[j]) / scale[j], zt[i * cols + j], "transposed [" + i + ", " + j + "]");
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                assertEquals(data[i * cols + j] * mScale[j] + offset[j], mz[i * cols + j], "min-max [" + i + ", " + j + "]");
            }
        }
    }
}
