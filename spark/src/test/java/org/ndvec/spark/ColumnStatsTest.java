package org.ndvec.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Chan et al.'s merge without Spark: any split of the rows gives the exact statistics within rounding. */
class ColumnStatsTest {

    @Test
    void mergingBlocksOfAnySizeGivesTheExactMomentsOfAllRows() {
        Random rnd = new Random(3);
        int n = 1000;
        int f = 2;
        double[] all = new double[n * f];
        for (int i = 0; i < n; i++) {
            all[i * f] = 1e8 + rnd.nextGaussian();       // large mean, unit spread
            all[i * f + 1] = rnd.nextDouble() * 1e-3;
        }
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {all[i * f], all[i * f + 1]};
        }
        for (int[] cuts : new int[][] {{}, {1}, {500}, {7, 8, 9, 640, 999}}) {
            ColumnStats s = new ColumnStats(f);
            int start = 0;
            for (int k = 0; k <= cuts.length; k++) {
                int end = k < cuts.length ? cuts[k] : n;
                double[] block = java.util.Arrays.copyOfRange(all, start * f, end * f);
                s.merge(ColumnStats.ofBlock(block, end - start, f));
                start = end;
            }
            s.merge(new ColumnStats(f)); // an empty partition changes nothing
            assertEquals(n, s.count);
            for (int j = 0; j < f; j++) {
                BigDecimal[] exact = FitTest.exactMeanVar(rows, j);
                double m = exact[0].doubleValue();
                double v = exact[1].doubleValue();
                assertEquals(m, s.mean[j], 2 * Math.ulp(m), "mean " + j + " cuts " + java.util.Arrays.toString(cuts));
                assertEquals(v, s.variance()[j], 1e-9 * v, "var " + j + " cuts " + java.util.Arrays.toString(cuts));
            }
        }
    }
}
