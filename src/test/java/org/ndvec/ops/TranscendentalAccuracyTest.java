package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.kernels.SpecialFunctions;

/**
 * The accuracy bounds on dense sweeps plus edge values (+-0, +-Inf, NaN, the
 * overflow/underflow thresholds, denormals), against references evaluated in double with
 * StrictMath (fdlibm, independent of our kernels and of the Vector API's intrinsics):
 * float32 exp/log/sigmoid within 2 ulp, tanh and gelu within 4; float64 within 1 ulp for
 * exp/log (tanh 2 against fdlibm; sigmoid 2.5 against a 40-digit reference; documented in UnaryOp).
 */
class TranscendentalAccuracyTest {
    private static final float[] EDGES = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        88.72283f, 88.72284f, -87.33655f, -103.97208f, -104f, Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_VALUE,
        1e-30f, Float.MAX_VALUE, -Float.MAX_VALUE, 9.0f, -9.0f, 20f, -20f, 1f, -1f};

    private static float[] sweep(float lo, float hi, int n) {
        float[] x = new float[n + EDGES.length];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * i / (n - 1);
        }
        System.arraycopy(EDGES, 0, x, n, EDGES.length);
        return x;
    }

    private static double maxUlps32(float[] x, Function<NDArray, NDArray> op, DoubleUnaryOperator ref) {
        float[] got = op.apply(NDArray.wrap(x)).toFloatArray();
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            float want = (float) ref.applyAsDouble(x[i]);
            if (Float.isNaN(want) || Float.isNaN(got[i])) {
                assertTrue(Float.isNaN(want) && Float.isNaN(got[i]), "NaN mismatch at x=" + x[i] + ": " + got[i]);
                continue;
            }
            if (want == got[i]) {
                continue;
            }
            assertTrue(Float.isFinite(want) && Float.isFinite(got[i]), "x=" + x[i] + ": " + got[i] + " != " + want);
            worst = Math.max(worst, Math.abs((double) got[i] - want) / Math.ulp(want));
        }
        return worst;
    }

    private static double maxUlps64(double[] x, Function<NDArray, NDArray> op, DoubleUnaryOperator ref) {
        double[] got = op.apply(NDArray.wrap(x)).toDoubleArray();
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double want = ref.applyAsDouble(x[i]);
            if (Double.isNaN(want) || Double.isNaN(got[i])) {
                assertTrue(Double.isNaN(want) && Double.isNaN(got[i]), "NaN mismatch at x=" + x[i]);
                continue;
            }
            if (want == got[i]) {
                continue;
            }
            assertTrue(Double.isFinite(want) && Double.isFinite(got[i]), "x=" + x[i] + ": " + got[i] + " != " + want);
            worst = Math.max(worst, Math.abs(got[i] - want) / Math.ulp(want));
        }
        return worst;
    }

    // The references use the algebraically equal forms that neither overflow nor cancel:
    // 1 / (1 + e^-x) = e^x / (1 + e^x), and 0.5 (1 + tanh u) = 1 / (1 + e^(-2u)).
    static double sigmoid(double x) {
        double e = StrictMath.exp(-Math.abs(x));
        return x < 0 ? e / (1 + e) : 1 / (1 + e);
    }

    static double geluTanh(double x) {
        return x * sigmoid(2 * SpecialFunctions.SQRT_2_OVER_PI * (x + 0.044715 * x * x * x));
    }

    @Test
    void float32WithinBounds() {
        float[] x = sweep(-110f, 110f, 400_001);
        float[] pos = sweep(0f, 1e4f, 200_001);
        check32("exp", maxUlps32(x, NDArray::exp, StrictMath::exp), 2);
        check32("log", maxUlps32(pos, NDArray::log, StrictMath::log), 2);
        check32("sigmoid", maxUlps32(x, NDArray::sigmoid, TranscendentalAccuracyTest::sigmoid), 2);
        check32("tanh", maxUlps32(x, NDArray::tanh, StrictMath::tanh), 4);
        // dense where tanh bends: any formula switch of a tanh kernel lives in |x| < 2
        check32("tanh |x|<2", maxUlps32(sweep(-2f, 2f, 400_001), NDArray::tanh, StrictMath::tanh), 4);
        float[] g = sweep(-12f, 12f, 200_001);
        check32("geluTanh", maxUlps32(g, NDArray::geluTanh, TranscendentalAccuracyTest::geluTanh), 4);
        check32("gelu", maxUlps32(g, NDArray::gelu, SpecialFunctions::gelu), 4);
    }

    /**
     * Largest |got - exact| in float ulps of the exact value, with the double reference unrounded
     * (its own error, 2^-53 relative, is 2^-29 of a float ulp): the measure of faithful rounding,
     * which the rounded reference of maxUlps32 cannot resolve below 1 ulp.
     */
    private static double maxExactUlps32(float[] x, Function<NDArray, NDArray> op, DoubleUnaryOperator ref) {
        float[] got = op.apply(NDArray.wrap(x)).toFloatArray();
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double want = ref.applyAsDouble(x[i]);
            if (want == got[i] || Double.isNaN(want) && Float.isNaN(got[i])) {
                continue;
            }
            // the ulp of the float nearest the exact value (a float ulp below 2^-126 too)
            double ulp = Math.max(Math.ulp((float) want), Float.MIN_VALUE);
            worst = Math.max(worst, Math.abs(got[i] - want) / ulp);
        }
        return worst;
    }

    // ScalarFloat32Math's exp and log are faithfully rounded (below 1 ulp of the exact value):
    // every 97th float of their domains (about 11M each; exp from the overflow threshold down to
    // where the result underflows, log over every positive finite float).
    @Test
    void float32ExpAndLogFaithful() {
        for (float[] r : new float[][] {{0f, 88.72283f}, {-0f, -103.97f}}) {
            check32("exp exact " + r[1], maxExactUlps32(everyFloat(r[0], r[1], 97), NDArray::exp, StrictMath::exp), 0.9);
        }
        check32("log exact", maxExactUlps32(everyFloat(Float.MIN_VALUE, Float.MAX_VALUE, 97), NDArray::log,
                StrictMath::log), 0.95);
    }

    /** Every {@code step}-th float from {@code from} to {@code to} (same sign), by bit pattern. */
    private static float[] everyFloat(float from, float to, int step) {
        int b0 = Math.min(Float.floatToRawIntBits(from), Float.floatToRawIntBits(to));
        int b1 = Math.max(Float.floatToRawIntBits(from), Float.floatToRawIntBits(to));
        float[] x = new float[(b1 - b0) / step + 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = Float.intBitsToFloat(b0 + i * step);
        }
        return x;
    }

    // The float32 tanh kernel's worst errors (4.00 ulp, from an exhaustive check) sit just below
    // 1/8, 1/4 and 1/2, where the ulp halves; its rounding near 1 and its switch to +-1 at |x| = 9
    // are the other places a change would show first. Every float there, and a stride over all.
    @Test
    void float32TanhEveryFloatWhereItIsTight() {
        float[][] windows = {everyFloat(0.1240f, 0.1260f, 1), everyFloat(0.2480f, 0.2520f, 1),
            everyFloat(0.4960f, 0.5040f, 1), everyFloat(0.99f, 1.01f, 1), everyFloat(4f, 4.05f, 1),
            everyFloat(8.9f, 9.1f, 1), everyFloat(-9.1f, -8.9f, 1), everyFloat(-0.1260f, -0.1240f, 1),
            everyFloat(0f, 10f, 397), everyFloat(-0f, -10f, 401)};
        for (float[] w : windows) {
            check32("tanh " + w[0] + ".." + w[w.length - 1], maxUlps32(w, NDArray::tanh, StrictMath::tanh), 4);
        }
    }

    // float32 sigmoid: the stub-based kernel it replaced was 3 ulp off at x = -4.1564636, which
    // the 400k-point sweep above missed; every float there, where e^-|x| turns subnormal
    // (x below -87.3), at the clamp of |x| to 104, and a stride over the rest.
    @Test
    void float32SigmoidEveryFloatWhereItIsTight() {
        float[][] windows = {everyFloat(-4.2f, -4.1f, 1), everyFloat(-15.7f, -15.6f, 1),
            everyFloat(-88f, -86.5f, 1), everyFloat(-104.5f, -103.5f, 1),
            everyFloat(-0f, -110f, 499), everyFloat(0f, 20f, 503)};
        for (float[] w : windows) {
            check32("sigmoid " + w[0] + ".." + w[w.length - 1],
                    maxUlps32(w, NDArray::sigmoid, TranscendentalAccuracyTest::sigmoid), 2);
        }
    }

    // The float32 tanh-GELU carries exp's argument as a float pair and scales by 2^k after the
    // division: every float where the result turns subnormal (x in [-10.95, -10]), around its
    // worst case found by hand (3 ulp at -4.797), and at the clamp of |x| to 12.5.
    @Test
    void float32GeluTanhEveryFloatWhereItIsTight() {
        float[][] windows = {everyFloat(-10.95f, -10f, 1), everyFloat(-4.81f, -4.78f, 1),
            everyFloat(-12.6f, -12.4f, 1), everyFloat(-0f, -13f, 499), everyFloat(0f, 13f, 503)};
        for (float[] w : windows) {
            check32("geluTanh " + w[0] + ".." + w[w.length - 1],
                    maxUlps32(w, NDArray::geluTanh, TranscendentalAccuracyTest::geluTanh), 4);
        }
    }

    // Every float with |x| <= 100 (beyond, tanh is +-1 in float32 and the kernel says so): ~2e9
    // references, about two minutes, so only on request: -Dndvec.exhaustive=true.
    @Test
    @EnabledIfSystemProperty(named = "ndvec.exhaustive", matches = "true")
    void float32TanhEveryFloat() {
        for (float sign : new float[] {1f, -1f}) {
            int last = Float.floatToRawIntBits(100f);
            double worst = 0;
            for (int b = 0; b <= last; b += 1 << 24) {
                float lo = sign * Float.intBitsToFloat(b);
                float hi = sign * Float.intBitsToFloat(Math.min(last, b + (1 << 24) - 1));
                worst = Math.max(worst, maxUlps32(everyFloat(lo, hi, 1), NDArray::tanh, StrictMath::tanh));
            }
            check32("tanh all " + (sign > 0 ? "+" : "-"), worst, 4);
        }
    }

    @Test
    void float64WithinBounds() {
        double[] x = new double[200_001 + EDGES.length];
        for (int i = 0; i < 200_001; i++) {
            x[i] = -740 + 1480.0 * i / 200_000;
        }
        for (int i = 0; i < EDGES.length; i++) {
            x[200_001 + i] = EDGES[i];
        }
        check32("exp f64", maxUlps64(x, NDArray::exp, StrictMath::exp), 1);
        // The Vector API's double tanh (SVML) differs from fdlibm by up to 2 ulp; documented in UnaryOp.TANH.
        check32("tanh f64", maxUlps64(x, NDArray::tanh, StrictMath::tanh), 2);
        check32("sigmoid f64", maxUlps64(x, NDArray::sigmoid, TranscendentalAccuracyTest::sigmoid), 2);
        double[] pos = new double[100_001];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = Math.scalb(1.0 + i / 100_000.0, i % 200 - 100);
        }
        check32("log f64", maxUlps64(pos, NDArray::log, StrictMath::log), 1);
    }

    @Test
    void float64SigmoidAgainstFortyDigits() {
        // The double reference above shares the kernel's own rounding pattern (e / (1 + e) in
        // double), so it cannot see errors of that size; this one is exact to ~40 digits. The first
        // two points are the worst found by a 400k-point sweep: 2.50 ulp for the earlier
        // e * (1 / (1 + e)) form, 2.18 for e / (1 + e).
        java.util.Random r = new java.util.Random(11);
        double[] x = new double[4002];
        x[0] = -3.435112852014072;
        x[1] = -3.4621222378642145;
        for (int i = 2; i < x.length; i++) {
            x[i] = -40 + 48 * r.nextDouble();
        }
        double[] got = NDArray.wrap(x).sigmoid().toDoubleArray();
        java.math.MathContext mc = new java.math.MathContext(50);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            java.math.BigDecimal e = expBig(new java.math.BigDecimal(-Math.abs(x[i])), mc);
            java.math.BigDecimal num = x[i] < 0 ? e : java.math.BigDecimal.ONE;
            java.math.BigDecimal want = num.divide(java.math.BigDecimal.ONE.add(e), mc);
            double ulp = Math.ulp(want.doubleValue());
            worst = Math.max(worst, new java.math.BigDecimal(got[i]).subtract(want).abs()
                    .divide(new java.math.BigDecimal(ulp), mc).doubleValue());
        }
        check32("sigmoid f64 exact", worst, 2.5);
    }

    /** e^y for y <= 0 to {@code mc}'s digits: Taylor series of y / 2^k, squared k times. */
    private static java.math.BigDecimal expBig(java.math.BigDecimal y, java.math.MathContext mc) {
        int k = 12;
        java.math.BigDecimal t = y.divide(java.math.BigDecimal.valueOf(1L << k), mc);
        java.math.BigDecimal sum = java.math.BigDecimal.ONE;
        java.math.BigDecimal term = java.math.BigDecimal.ONE;
        for (int n = 1; n < 40; n++) {
            term = term.multiply(t, mc).divide(java.math.BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    private static void check32(String name, double worst, double bound) {
        System.out.printf("accuracy %-12s max %.3f ulp (bound %.1f)%n", name, worst, bound);
        assertTrue(worst <= bound, name + ": " + worst + " ulp > " + bound);
    }
}
