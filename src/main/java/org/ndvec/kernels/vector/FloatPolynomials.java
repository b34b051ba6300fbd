package org.ndvec.kernels.vector;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Our own float32 exp in Vector API lanes (Cody-Waite reduction, Cephes polynomial), kept as
 * the measured alternative to the Vector API's lanewise {@code EXP}, which the kernels use.
 *
 * <p>Measured on this machine (AVX-512, 16 float lanes, JDK 25, under load):
 * {@code ElementwiseBench.expkernel_*_f32_1m} gave lanewise 1242 us, polynomial 2083 us; a
 * 4096-element in-cache loop gave 0.47-0.70 ns/element lanewise against 1.1-1.5 polynomial.
 * The polynomial's ~30 vector calls exceed C2's inlining budget for one loop (PrintInlining shows
 * "inlining too deep"), so part of it runs on boxed vectors; the lanewise op is one intrinsic
 * call into the JDK's SVML stubs, accurate to 1 ulp in float32 (TranscendentalAccuracyTest).
 *
 * <p>The float32 tanh-GELU kernel uses this reduction and polynomial (the package-private
 * constants below), written out flat in its loop rather than through {@link #exp}: there the
 * argument arrives as a float pair, and the stub call after that arithmetic cost more than the
 * polynomial (kernel-only 1M elements: 1246 us with the stub, 732-812 us flat).
 */
public final class FloatPolynomials {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final float LOG2E = 1.44269504088896341f;
    // ln 2 split so that n * LN2_HI is exact for |n| <= 2^9 (Cody and Waite's reduction).
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    // 1.5 * 2^23: adding it rounds a float below 2^22 to an integer held in the low mantissa bits.
    static final float MAGIC = 12582912f;
    static final int MAGIC_BITS = Float.floatToRawIntBits(MAGIC);
    // Above this exp overflows to +Inf, below the other it underflows to +0 (float32 limits);
    // clamping one past them keeps n small without changing those results.
    private static final float OVERFLOW = 88.72283935546875f;
    private static final float UNDERFLOW = -103.97207708f;
    // Minimax coefficients of (e^r - 1 - r) / r^2 on [-ln2/2, ln2/2] (Cephes expf).
    static final float P0 = 1.9875691500e-4f;
    static final float P1 = 1.3981999507e-3f;
    static final float P2 = 8.3334519073e-3f;
    static final float P3 = 4.1665795894e-2f;
    static final float P4 = 1.6666665459e-1f;
    static final float P5 = 5.0000001201e-1f;

    private FloatPolynomials() {
    }

    /**
     * {@code e^r} for a reduced argument {@code |r| <= ln2/2}: {@code 1 + r + r^2 P(r)}, P of
     * degree 5 (the coefficients above). Shared by the sigmoid and tanh-GELU kernels, whose
     * reductions differ.
     */
    static FloatVector expReduced(FloatVector r) {
        FloatVector p = r.fma(P0, P1).fma(r, FloatVector.broadcast(S, P2)).fma(r, FloatVector.broadcast(S, P3))
                .fma(r, FloatVector.broadcast(S, P4)).fma(r, FloatVector.broadcast(S, P5));
        return p.fma(r.mul(r), r).add(1f);
    }

    /** {@code 2^k} per lane for {@code -126 <= k <= 127}, built in the exponent bits. */
    static FloatVector twoTo(IntVector k) {
        return k.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    }

    /** {@code e^x} per lane: 2^n * e^r with |r| <= ln2/2, r by Cody-Waite, e^r by a degree-7 polynomial. */
    public static FloatVector exp(FloatVector x) {
        FloatVector xc = x.max(UNDERFLOW - 1).min(OVERFLOW + 1);
        FloatVector t = xc.fma(LOG2E, MAGIC);
        FloatVector n = t.sub(MAGIC);
        IntVector ni = t.reinterpretAsInts().sub(MAGIC_BITS);
        FloatVector r = n.fma(FloatVector.broadcast(S, -LN2_HI), xc);
        r = n.fma(FloatVector.broadcast(S, -LN2_LO), r);
        FloatVector p = r.fma(P0, P1).fma(r, FloatVector.broadcast(S, P2)).fma(r, FloatVector.broadcast(S, P3))
                .fma(r, FloatVector.broadcast(S, P4)).fma(r, FloatVector.broadcast(S, P5));
        FloatVector y = p.mul(r.mul(r)).add(r).add(1f);
        // 2^n as two factors so that results in the subnormal range round once, in the last multiply.
        IntVector n1 = ni.lanewise(VectorOperators.ASHR, 1);
        IntVector n2 = ni.sub(n1);
        FloatVector s1 = n1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        FloatVector s2 = n2.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        // No blends for the special cases: the clamp keeps n in [-151, 129], where 2^n * y overflows
        // to +Inf or rounds to +0 by itself, and a NaN input stays NaN through every lane operation.
        // (Each extra Vector API call counts against C2's inlining budget; past it the loop boxes.)
        return y.mul(s1).mul(s2);
    }
}
