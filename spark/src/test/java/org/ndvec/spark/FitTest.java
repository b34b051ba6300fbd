package org.ndvec.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ndvec.NDArray;
import org.ndvec.pipeline.MinMaxScaler;
import org.ndvec.pipeline.Standardizer;

/**
 * Distributed fits against the single-JVM fit of the collected rows and against exact statistics
 * computed with BigDecimal (the independent truth).
 */
@ExtendWith(LocalSpark.class)
class FitTest {
    private static final MathContext MC = new MathContext(60);
    private final SparkSession spark;

    FitTest(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * 5,000 rows in 4 partitions: a float32 column, a float64 column far from zero (mean 1e6, spread
     * 1: summing squares would cancel there, Chan's update does not), an int column and a constant.
     */
    private Dataset<Row> table() {
        return spark.range(0, 5000, 1, 4).selectExpr(
                "cast(randn(7) * 3 + 2 as float) as a",
                "1e6 + randn(11) as b",
                "cast(id % 17 as int) as c",
                "cast(0.1 as double) as k");
    }

    private static final String[] COLS = {"a", "b", "c", "k"};

    private static double[][] collect(Dataset<Row> t) {
        List<Row> rows = t.collectAsList();
        double[][] x = new double[rows.size()][COLS.length];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < COLS.length; j++) {
                x[i][j] = ((Number) rows.get(i).get(j)).doubleValue();
            }
        }
        return x;
    }

    @Test
    void standardizerEqualsTheSingleJvmFitAndTheExactStatistics() {
        Dataset<Row> t = table().cache();
        double[][] x = collect(t);
        Standardizer spark = NdSpark.fitStandardizer(t, COLS);
        Standardizer local = Standardizer.fit(NDArray.wrap(flatten(x), x.length, COLS.length));
        double[] mean = spark.mean().toDoubleArray();
        double[] scale = spark.scale().toDoubleArray();
        double[] localMean = local.mean().toDoubleArray();
        double[] localScale = local.scale().toDoubleArray();
        for (int j = 0; j < COLS.length; j++) {
            BigDecimal[] exact = exactMeanVar(x, j);
            double m = exact[0].doubleValue();
            double sd = Math.sqrt(exact[1].doubleValue());
            // compensated block sums and a few Chan merges: within a few ulps of the exact mean
            assertEquals(m, mean[j], 4 * Math.ulp(m), "mean of " + COLS[j]);
            // Standardizer.fit sums the 5,000 rows in order (NumPy's axis-0 order): its own float64
            // rounding, up to about n * eps = 1.1e-12 relative, bounds the difference
            assertEquals(localMean[j], mean[j], 5000 * Math.ulp(m), "mean of " + COLS[j] + " vs Standardizer.fit");
            if (COLS[j].equals("k")) {
                assertEquals(1.0, scale[j], "a constant column gets scale 1, as scikit-learn's");
            } else {
                // Chan's merge term d^2 * na * nb / n carries the block means' rounding (an ulp of 1e6
                // is 1.2e-10 for column b): the variance is then good to about ulp(mean) / (sd * sqrt(n))
                // relative, 1.7e-12 measured for b, against 1e-15 for the well-centred columns
                double tol = sd * (1e-13 + 16 * Math.ulp(m) / (sd * Math.sqrt(x.length)));
                assertEquals(sd, scale[j], tol, "scale of " + COLS[j]);
                assertEquals(localScale[j], scale[j], tol, "scale of " + COLS[j] + " vs Standardizer.fit");
            }
        }
        t.unpersist();
    }

    @Test
    void minMaxScalerEqualsTheSingleJvmFitBitForBit() {
        Dataset<Row> t = table();
        double[][] x = collect(t);
        MinMaxScaler spark = NdSpark.fitMinMaxScaler(t, COLS, -1, 1);
        MinMaxScaler local = MinMaxScaler.fit(NDArray.wrap(flatten(x), x.length, COLS.length), -1, 1);
        assertArrayEquals(local.dataMin().toDoubleArray(), spark.dataMin().toDoubleArray());
        assertArrayEquals(local.dataMax().toDoubleArray(), spark.dataMax().toDoubleArray());
        assertArrayEquals(local.scale().toDoubleArray(), spark.scale().toDoubleArray());
        assertArrayEquals(local.offset().toDoubleArray(), spark.offset().toDoubleArray());
        double lo = Double.POSITIVE_INFINITY;
        for (double[] r : x) {
            lo = Math.min(lo, r[2]);
        }
        assertEquals(0.0, lo);
        assertEquals(16.0, spark.dataMax().getDouble(2), "c = id % 17");
    }

    @Test
    void emptyDataAndNullCellsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NdSpark.fitStandardizer(table().where("c < 0"), COLS));
        assertEquals("Found array with 0 sample(s) (shape=(0, 4)) while a minimum of 1 is required.", e.getMessage());
        Dataset<Row> withNull = spark.range(0, 10, 1, 1).selectExpr("if(id = 3, null, id) as v");
        SparkException s = assertThrows(SparkException.class,
                () -> NdSpark.fitMinMaxScaler(withNull, new String[] {"v"}));
        String m = String.join("\n", MapBatchesTest.messages(s));
        assertTrue(m.contains("column 'v' is null in row 3 of partition 0"), m);
    }

    /** Exact mean and population variance of column j, in BigDecimal. */
    static BigDecimal[] exactMeanVar(double[][] x, int j) {
        BigDecimal n = BigDecimal.valueOf(x.length);
        BigDecimal sum = BigDecimal.ZERO;
        for (double[] r : x) {
            sum = sum.add(new BigDecimal(r[j]));
        }
        BigDecimal mean = sum.divide(n, MC);
        BigDecimal ss = BigDecimal.ZERO;
        for (double[] r : x) {
            BigDecimal d = new BigDecimal(r[j]).subtract(mean);
            ss = ss.add(d.multiply(d));
        }
        return new BigDecimal[] {mean, ss.divide(n, MC)};
    }

    static double[] flatten(double[][] x) {
        double[] out = new double[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, out, i * x[0].length, x[0].length);
        }
        return out;
    }
}
