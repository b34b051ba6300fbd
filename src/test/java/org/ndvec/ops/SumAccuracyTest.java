package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;

/**
 * Whole-array sums of 16M mixed-sign values against the exact sum and against NumPy's error on
 * the same data ({@code src/test/python/sum_accuracy_fixtures.py} records NumPy's results; the
 * data is rebuilt here from the seed). The bar is "at least as accurate as NumPy's
 * pairwise summation"; ndvec's float32 and float64 sums are meant to be correctly rounded, which
 * is the stronger claim checked second.
 */
class SumAccuracyTest {
    private static final double SCALE = 0.7071067811865476;

    private record Case(int seed, String dtype, int n, double numpy) {
    }

    @Test
    void sumsAreAtLeastAsAccurateAsNumPysAndCorrectlyRounded() throws IOException {
        List<Case> cases = cases();
        assertEquals(6, cases.size());
        for (Case c : cases) {
            float[] u = mixedSignFloats(c.n, c.seed);
            BigDecimal exact;
            double ours;
            if (c.dtype.equals("float32")) {
                // every u[i] is an integer number of 2^-24 units: the exact sum is a long
                long units = 0;
                for (float x : u) {
                    units += (long) (x * 0x1p24f);
                }
                exact = new BigDecimal(units).multiply(new BigDecimal(0x1p-24));
                NDArray s = NDArray.wrap(u).sum();
                ours = s.itemDouble();
                assertEquals((float) ours, ours, 0.0, "a float32 sum is a float32");
            } else {
                double[] v = new double[c.n];
                for (int i = 0; i < v.length; i++) {
                    v[i] = u[i] * SCALE;
                }
                exact = exactSum(v);
                ours = NDArray.wrap(v).sum().itemDouble();
            }
            BigDecimal errOurs = new BigDecimal(ours).subtract(exact).abs();
            BigDecimal errNumPy = new BigDecimal(c.numpy).subtract(exact).abs();
            String what = c.dtype + " seed " + c.seed + ": |ours - exact| = " + errOurs.doubleValue()
                    + ", |NumPy - exact| = " + errNumPy.doubleValue();
            assertTrue(errOurs.compareTo(errNumPy) <= 0, what);
            double ulp = c.dtype.equals("float32") ? Math.ulp((float) ours) : Math.ulp(ours);
            assertTrue(errOurs.compareTo(new BigDecimal(ulp / 2)) <= 0, "not correctly rounded: " + what);
        }
    }

    /** u[i] = (x >>> 8) * 2^-24 - 0.5 for the LCG x = 1664525 x + 1013904223 (mod 2^32), x0 = seed. */
    static float[] mixedSignFloats(int n, int seed) {
        float[] u = ReductionKernelsTest.lcgFloats(n, seed);
        for (int i = 0; i < n; i++) {
            u[i] -= 0.5f;
        }
        return u;
    }

    /**
     * The exact sum: Shewchuk's non-overlapping partials (the algorithm of Python's math.fsum)
     * keep the running sum exactly, and their BigDecimal total is exact too.
     */
    static BigDecimal exactSum(double[] v) {
        double[] partials = new double[64];
        int count = 0;
        for (double x0 : v) {
            double x = x0;
            int kept = 0;
            for (int j = 0; j < count; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) {
                    partials[kept++] = lo;
                }
                x = hi;
            }
            if (kept == partials.length) {
                partials = java.util.Arrays.copyOf(partials, 2 * kept);
            }
            partials[kept++] = x;
            count = kept;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (int j = 0; j < count; j++) {
            s = s.add(new BigDecimal(partials[j]));
        }
        return s;
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = SumAccuracyTest.class.getResourceAsStream("/fixtures/reductions/sum_accuracy.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Case(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3])));
            }
        }
        return out;
    }
}
