package org.ndvec.kernels.vector;

import static org.ndvec.kernels.scalar.ScalarFloat64Math.ABS_BITS;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXPONENT_BIAS;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXPONENT_MASK;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_OVERFLOW;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P0;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P1;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P2;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P3;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P4;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P5;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P6;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P7;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P8;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_P9;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.EXP_UNDERFLOW;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.GELU_A_HI;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.GELU_A_LO;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.GELU_B_HI;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.GELU_B_LO;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.GELU_CLAMP_BITS;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LN2_HI;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LN2_LO;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG2E;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_OFFSET;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R0;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R1;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R2;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R3;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R4;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R5;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.LOG_R6;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.MAGIC;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.MAGIC_BITS;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.ONE_BITS;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.SIGN_BIT;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.TANH_SATURATION;
import static org.ndvec.kernels.scalar.ScalarFloat64Math.TWO_54;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.scalar.ScalarFloat64Math;

/**
 * The lanes of {@link ScalarFloat64Math}: every method performs, in each lane, exactly the
 * operations of its scalar twin in the same order, so a lane's result is bit for bit the scalar
 * one at any vector width and in every compilation state. No JDK vector math stub appears here.
 * Every method takes vectors of {@link #S} only (see {@link VectorFloat32Math} for why).
 */
public final class VectorFloat64Math {
    /** The species of every method here. */
    public static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1.0);

    private VectorFloat64Math() {
    }

    /** {@link ScalarFloat64Math#expPolynomial}. */
    static DoubleVector expPolynomial(DoubleVector r) {
        return r.fma(EXP_P9, EXP_P8).fma(r, DoubleVector.broadcast(S, EXP_P7)).fma(r, DoubleVector.broadcast(S, EXP_P6))
                .fma(r, DoubleVector.broadcast(S, EXP_P5)).fma(r, DoubleVector.broadcast(S, EXP_P4))
                .fma(r, DoubleVector.broadcast(S, EXP_P3)).fma(r, DoubleVector.broadcast(S, EXP_P2))
                .fma(r, DoubleVector.broadcast(S, EXP_P1)).fma(r, DoubleVector.broadcast(S, EXP_P0));
    }

    /** {@link ScalarFloat64Math#expm1Reduced}. */
    static DoubleVector expm1Reduced(DoubleVector rh, DoubleVector rl) {
        DoubleVector r = rh.add(rl);
        return rh.add(expPolynomial(r).fma(r.mul(r), rl));
    }

    /** {@link ScalarFloat64Math#twoTo}. */
    static DoubleVector twoTo(LongVector magicBits) {
        return magicBits.add(EXPONENT_BIAS).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
    }

    /** {@link ScalarFloat64Math#scale}. */
    static DoubleVector scale(DoubleVector y, DoubleVector t, DoubleVector kf) {
        LongVector b1 = kf.fma(0.5, MAGIC).reinterpretAsLongs();
        return y.mul(twoTo(b1)).mul(twoTo(t.reinterpretAsLongs().sub(b1)));
    }

    /** {@link ScalarFloat64Math#exp}. */
    public static DoubleVector exp(DoubleVector x) {
        DoubleVector t = x.fma(LOG2E, MAGIC);
        DoubleVector kf = t.sub(MAGIC);
        DoubleVector y = expm1Reduced(kf.fma(DoubleVector.broadcast(S, -LN2_HI), x), kf.mul(-LN2_LO)).add(1.0);
        return scale(y, t, kf).blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, EXP_OVERFLOW))
                .blend(0.0, x.compare(VectorOperators.LT, EXP_UNDERFLOW));
    }



    /** {@link ScalarFloat64Math#sigmoid}. */
    public static DoubleVector sigmoid(DoubleVector x) {
        DoubleVector e = exp(x.abs().neg());
        VectorMask<Double> neg = x.compare(VectorOperators.LT, 0.0);
        DoubleVector num = ONE.blend(e, neg);
        DoubleVector d = e.add(1.0);
        DoubleVector dlo = ONE.sub(d).add(e);
        DoubleVector q = num.div(d);
        DoubleVector rd = q.blend(ONE.sub(q), neg);
        DoubleVector nq = q.neg();
        return nq.fma(dlo, nq.fma(d, num)).fma(rd, q);
    }

    /**
     * {@link ScalarFloat64Math#exp} over a row:
     * {@code out[outOff + i]} for {@code i < S.loopBound(n)}; returns that bound (the caller's
     * scalar tail does the rest).
     */
    public static int exp(double[] a, int aOff, double[] out, int outOff, int n) {
        int bound = S.loopBound(n);
        // vector body
        for (int i = 0; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, aOff + i);
            exp(x).intoArray(out, outOff + i);
        }
        return bound;
    }

    /**
     * {@link ScalarFloat64Math#sigmoid} over a row:
     * {@code out[outOff + i]} for {@code i < S.loopBound(n)}; returns that bound (the caller's
     * scalar tail does the rest).
     */
    public static int sigmoid(double[] a, int aOff, double[] out, int outOff, int n) {
        int bound = S.loopBound(n);
        // vector body
        for (int i = 0; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, aOff + i);
            sigmoid(x).intoArray(out, outOff + i);
        }
        return bound;
    }

    /**
     * {@link ScalarFloat64Math#silu} over a row:
     * {@code out[outOff + i]} for {@code i < S.loopBound(n)}; returns that bound (the caller's
     * scalar tail does the rest).
     */
    public static int silu(double[] a, int aOff, double[] out, int outOff, int n) {
        int bound = S.loopBound(n);
        // vector body
        for (int i = 0; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, aOff + i);
            x.mul(sigmoid(x)).intoArray(out, outOff + i);
        }
        return bound;
    }

    /**
     * {@link ScalarFloat64Math#log}. Written flat in the loop: as a per-vector
     * method it could be compiled on its own first and then not inlined ("already compiled into a
     * big method"), leaving the loop on boxed vectors. {@code out[outOff + i]} for
     * {@code i < S.loopBound(n)}; returns that bound (the caller's scalar tail does the rest).
     */
    public static int log(double[] a, int aOff, double[] out, int outOff, int n) {
        int bound = S.loopBound(n);
        // vector body
        for (int i = 0; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, aOff + i);
            VectorMask<Double> tiny = x.compare(VectorOperators.LT, Double.MIN_NORMAL);
            LongVector ix = x.blend(x.mul(TWO_54), tiny).reinterpretAsLongs();
            LongVector tmp = ix.sub(LOG_OFFSET);
            DoubleVector kf = tmp.add(ONE_BITS).lanewise(VectorOperators.LSHR, 52).add(MAGIC_BITS - EXPONENT_BIAS)
                    .reinterpretAsDoubles().sub(MAGIC).sub(54.0, tiny);
            DoubleVector f = ix.sub(tmp.and(EXPONENT_MASK)).reinterpretAsDoubles().sub(1.0);
            DoubleVector s = f.div(f.add(2.0));
            DoubleVector z = s.mul(s);
            DoubleVector r = z.mul(z.fma(LOG_R6, LOG_R5).fma(z, DoubleVector.broadcast(S, LOG_R4))
                    .fma(z, DoubleVector.broadcast(S, LOG_R3)).fma(z, DoubleVector.broadcast(S, LOG_R2))
                    .fma(z, DoubleVector.broadcast(S, LOG_R1)).fma(z, DoubleVector.broadcast(S, LOG_R0)));
            DoubleVector hfsq = f.mul(0.5).mul(f);
            DoubleVector y = kf.fma(DoubleVector.broadcast(S, LN2_HI),
                    hfsq.sub(s.fma(hfsq.add(r), kf.mul(LN2_LO))).sub(f).neg());
            y = y.blend(x, x.compare(VectorOperators.LT, Double.POSITIVE_INFINITY).not())
                    .blend(Double.NaN, x.compare(VectorOperators.LT, 0.0))
                    .blend(Double.NEGATIVE_INFINITY, x.compare(VectorOperators.EQ, 0.0));
            y.intoArray(out, outOff + i);
        }
        return bound;
    }

    /**
     * {@link ScalarFloat64Math#tanh}. Written flat in the loop: as a per-vector
     * method it could be compiled on its own first and then not inlined ("already compiled into a
     * big method"), leaving the loop on boxed vectors. {@code out[outOff + i]} for
     * {@code i < S.loopBound(n)}; returns that bound (the caller's scalar tail does the rest).
     */
    public static int tanh(double[] a, int aOff, double[] out, int outOff, int n) {
        int bound = S.loopBound(n);
        // vector body
        for (int i = 0; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, aOff + i);
            DoubleVector x2 = x.abs().mul(2.0);
            DoubleVector t = x2.fma(LOG2E, MAGIC);
            DoubleVector kf = t.sub(MAGIC);
            DoubleVector rh = kf.fma(DoubleVector.broadcast(S, -LN2_HI), x2);
            DoubleVector rl = kf.mul(-LN2_LO);
            DoubleVector r = rh.add(rl);
            DoubleVector m = expPolynomial(r).fma(r.mul(r), rl);
            DoubleVector em1 = rh.add(m);
            DoubleVector p2 = twoTo(t.reinterpretAsLongs());
            DoubleVector u = p2.fma(em1, p2.sub(1.0));
            DoubleVector ulo = p2.mul(rh.sub(em1).add(m));
            DoubleVector d = u.add(2.0);
            DoubleVector d2 = d.sub(u);
            DoubleVector dlo = u.sub(d.sub(d2)).add(DoubleVector.broadcast(S, 2.0).sub(d2)).add(ulo);
            DoubleVector q = u.div(d);
            DoubleVector nq = q.neg();
            DoubleVector y = q.add(nq.fma(dlo, nq.fma(d, u).add(ulo)).div(d))
                    .blend(1.0, x2.compare(VectorOperators.GT, 2 * TANH_SATURATION));
            x.reinterpretAsLongs().and(SIGN_BIT).or(y.reinterpretAsLongs()).reinterpretAsDoubles()
                    .intoArray(out, outOff + i);
        }
        return bound;
    }

    /**
     * {@link ScalarFloat64Math#geluTanh} over a row, written flat in the loop, as the float32
     * kernel (the per-vector method of 382 bytecodes ran on boxed vectors, 8.3 ms on 1M doubles).
     * {@code out[outOff + i]} for {@code i < S.loopBound(n)}; returns that bound (the caller's
     * scalar tail does the rest).
     */
    public static int geluTanh(double[] a, int aOff, double[] out, int outOff, int n) {
        int bound = S.loopBound(n);
        // vector body
        for (int i = 0; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, aOff + i);
            DoubleVector ax = x.reinterpretAsLongs().and(ABS_BITS).min(GELU_CLAMP_BITS).reinterpretAsDoubles();
            DoubleVector nax = ax.neg();
            DoubleVector s = ax.mul(ax);
            DoubleVector c3 = s.mul(ax);
            DoubleVector c3lo = nax.fma(ax, s).fma(ax, nax.fma(s, c3));
            DoubleVector p1 = ax.mul(GELU_A_HI);
            DoubleVector p1lo = nax.fma(DoubleVector.broadcast(S, GELU_A_LO), nax.fma(DoubleVector.broadcast(S, GELU_A_HI), p1));
            DoubleVector p3 = c3.mul(GELU_B_HI);
            DoubleVector p3lo = c3.fma(DoubleVector.broadcast(S, -GELU_B_LO),
                    c3lo.fma(DoubleVector.broadcast(S, GELU_B_HI), c3.fma(DoubleVector.broadcast(S, -GELU_B_HI), p3)));
            DoubleVector z = p1.add(p3);
            DoubleVector zp1 = z.sub(p1);
            DoubleVector zlo = z.sub(zp1).sub(p1).add(zp1.sub(p3)).add(p1lo.add(p3lo));
            DoubleVector t = z.fma(-LOG2E, MAGIC);
            DoubleVector kf = t.sub(MAGIC);
            // expm1Reduced, expPolynomial and twoTo written out: as calls, C2 stopped inlining at
            // NodeCountInliningCutoff in this loop (boxed vectors: 6.7 ms on 1M doubles)
            DoubleVector rh = kf.fma(DoubleVector.broadcast(S, -LN2_HI), z.neg());
            DoubleVector rl = kf.fma(DoubleVector.broadcast(S, -LN2_LO), zlo);
            DoubleVector r = rh.add(rl);
            DoubleVector p = r.fma(EXP_P9, EXP_P8).fma(r, DoubleVector.broadcast(S, EXP_P7))
                    .fma(r, DoubleVector.broadcast(S, EXP_P6)).fma(r, DoubleVector.broadcast(S, EXP_P5))
                    .fma(r, DoubleVector.broadcast(S, EXP_P4)).fma(r, DoubleVector.broadcast(S, EXP_P3))
                    .fma(r, DoubleVector.broadcast(S, EXP_P2)).fma(r, DoubleVector.broadcast(S, EXP_P1))
                    .fma(r, DoubleVector.broadcast(S, EXP_P0));
            DoubleVector y = rh.add(p.fma(r.mul(r), rl)).add(1.0);
            LongVector b1 = kf.fma(0.5, MAGIC).reinterpretAsLongs();
            DoubleVector s1 = b1.add(EXPONENT_BIAS).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector s2 = t.reinterpretAsLongs().sub(b1).add(EXPONENT_BIAS).lanewise(VectorOperators.LSHL, 52)
                    .reinterpretAsDoubles();
            DoubleVector e = y.mul(s1).mul(s2);
            VectorMask<Double> neg = x.compare(VectorOperators.LT, 0.0);
            DoubleVector q = x.blend(nax.fma(y, x.sub(x)).mul(s1), neg).div(e.add(1.0));
            q.mul(ONE.blend(s2, neg)).intoArray(out, outOff + i);
        }
        return bound;
    }
}
