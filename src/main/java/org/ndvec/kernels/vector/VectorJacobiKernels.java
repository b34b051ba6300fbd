package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.JacobiKernels;
import org.ndvec.kernels.SumOrder;
import org.ndvec.kernels.scalar.ScalarJacobiKernels;

/**
 * Vector API {@link JacobiKernels}. The Gram sums keep {@link SumOrder}'s 16 plain lanes as 4
 * vectors of 4 doubles per sum (12 accumulators, within AVX2's 16 registers) on every CPU, and add
 * rounded products (a multiply and an add, no fma); the tail and the tree are the scalar kernel's
 * arithmetic, so both agree bit for bit.
 */
public final class VectorJacobiKernels implements JacobiKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    /** 256-bit vectors are emulated (slowly) where not native; the scalar kernel has the same order. */
    private static final boolean NATIVE_256 = S.vectorBitSize() >= 256;
    /** AVX-512 (the only x86 vectors of 512 bits) has 32 vector registers, AVX2 16. */
    private static final boolean REGISTERS_32 = S.vectorBitSize() >= 512;
    private static final JacobiKernels REFERENCE = new ScalarJacobiKernels();
    private static final int L = SumOrder.F64_LANES;
    /** Each thread's 48 lanes (x.x, y.y, x.y) between the vector body and the scalar tail. */
    private static final ThreadLocal<double[]> LANES = ThreadLocal.withInitial(() -> new double[3 * L]);
    /** The same for {@link #gram4}'s 80 lanes (y.y, then x_j.y for j = 0..3). */
    private static final ThreadLocal<double[]> LANES4 = ThreadLocal.withInitial(() -> new double[5 * L]);

    @Override
    public void gram(double[] a, int xOff, int yOff, int n, double[] out) {
        if (!NATIVE_256) {
            REFERENCE.gram(a, xOff, yOff, n, out);
            return;
        }
        DoubleVector xx0 = DoubleVector.zero(D4);
        DoubleVector xx1 = xx0;
        DoubleVector xx2 = xx0;
        DoubleVector xx3 = xx0;
        DoubleVector yy0 = xx0;
        DoubleVector yy1 = xx0;
        DoubleVector yy2 = xx0;
        DoubleVector yy3 = xx0;
        DoubleVector xy0 = xx0;
        DoubleVector xy1 = xx0;
        DoubleVector xy2 = xx0;
        DoubleVector xy3 = xx0;
        int i = 0;
        // vector body: element i to lane i mod 16, vector (i mod 16) / 4
        for (; i + L <= n; i += L) {
            DoubleVector x = DoubleVector.fromArray(D4, a, xOff + i);
            DoubleVector y = DoubleVector.fromArray(D4, a, yOff + i);
            xx0 = xx0.add(x.mul(x));
            yy0 = yy0.add(y.mul(y));
            xy0 = xy0.add(x.mul(y));
            x = DoubleVector.fromArray(D4, a, xOff + i + 4);
            y = DoubleVector.fromArray(D4, a, yOff + i + 4);
            xx1 = xx1.add(x.mul(x));
            yy1 = yy1.add(y.mul(y));
            xy1 = xy1.add(x.mul(y));
            x = DoubleVector.fromArray(D4, a, xOff + i + 8);
            y = DoubleVector.fromArray(D4, a, yOff + i + 8);
            xx2 = xx2.add(x.mul(x));
            yy2 = yy2.add(y.mul(y));
            xy2 = xy2.add(x.mul(y));
            x = DoubleVector.fromArray(D4, a, xOff + i + 12);
            y = DoubleVector.fromArray(D4, a, yOff + i + 12);
            xx3 = xx3.add(x.mul(x));
            yy3 = yy3.add(y.mul(y));
            xy3 = xy3.add(x.mul(y));
        }
        if (i == n) {
            // no tail: the tree in registers, as in dotAxpy
            DoubleVector hx = xx0.add(xx2).add(xx1.add(xx3));
            DoubleVector hy = yy0.add(yy2).add(yy1.add(yy3));
            DoubleVector hxy = xy0.add(xy2).add(xy1.add(xy3));
            out[0] = (hx.lane(0) + hx.lane(2)) + (hx.lane(1) + hx.lane(3));
            out[1] = (hy.lane(0) + hy.lane(2)) + (hy.lane(1) + hy.lane(3));
            out[2] = (hxy.lane(0) + hxy.lane(2)) + (hxy.lane(1) + hxy.lane(3));
            return;
        }
        double[] v = LANES.get();
        xx0.intoArray(v, 0);
        xx1.intoArray(v, 4);
        xx2.intoArray(v, 8);
        xx3.intoArray(v, 12);
        yy0.intoArray(v, L);
        yy1.intoArray(v, L + 4);
        yy2.intoArray(v, L + 8);
        yy3.intoArray(v, L + 12);
        xy0.intoArray(v, 2 * L);
        xy1.intoArray(v, 2 * L + 4);
        xy2.intoArray(v, 2 * L + 8);
        xy3.intoArray(v, 2 * L + 12);
        // scalar tail and tree: the scalar kernel's arithmetic (see VectorReductionKernels.LANES for why)
        for (int l = 0; i + l < n; l++) {
            double x = a[xOff + i + l];
            double y = a[yOff + i + l];
            v[l] += x * x;
            v[L + l] += y * y;
            v[2 * L + l] += x * y;
        }
        out[0] = SumOrder.foldPlain(v, 0, 1, L, L);
        out[1] = SumOrder.foldPlain(v, L, 1, L, L);
        out[2] = SumOrder.foldPlain(v, 2 * L, 1, L, L);
    }

    /**
     * Four pairs sharing y in one pass, each sum's 16 lanes as 4 vectors of 4 doubles (as in
     * {@link #gram}): 20 accumulators, which AVX-512's 32 registers hold. AVX2 has 16, so there each
     * pair takes its own {@link #gram} pass, which gives the same bits. (Two 512-bit vectors per sum
     * measured slower, 60 against 46 ms for the 130,816 calls of a sweep at n = 1024: every 512-bit
     * load of a row at a 16-byte offset splits a cache line.)
     */
    @Override
    public void gram4(double[] a, int xOff, int xStride, int yOff, int n, double[] out) {
        if (!REGISTERS_32) {
            double[] g = new double[3];
            for (int j = 0; j < 4; j++) {
                gram(a, xOff + j * xStride, yOff, n, g);
                out[1 + j] = g[2];
            }
            out[0] = g[1];
            return;
        }
        DoubleVector yy0 = DoubleVector.zero(D4);
        DoubleVector yy1 = yy0;
        DoubleVector yy2 = yy0;
        DoubleVector yy3 = yy0;
        DoubleVector s00 = yy0;
        DoubleVector s01 = yy0;
        DoubleVector s02 = yy0;
        DoubleVector s03 = yy0;
        DoubleVector s10 = yy0;
        DoubleVector s11 = yy0;
        DoubleVector s12 = yy0;
        DoubleVector s13 = yy0;
        DoubleVector s20 = yy0;
        DoubleVector s21 = yy0;
        DoubleVector s22 = yy0;
        DoubleVector s23 = yy0;
        DoubleVector s30 = yy0;
        DoubleVector s31 = yy0;
        DoubleVector s32 = yy0;
        DoubleVector s33 = yy0;
        int x1 = xOff + xStride;
        int x2 = x1 + xStride;
        int x3 = x2 + xStride;
        int i = 0;
        // vector body: element i to lane i mod 16, vector (i mod 16) / 4
        for (; i + L <= n; i += L) {
            DoubleVector y = DoubleVector.fromArray(D4, a, yOff + i);
            yy0 = yy0.add(y.mul(y));
            s00 = s00.add(DoubleVector.fromArray(D4, a, xOff + i).mul(y));
            s10 = s10.add(DoubleVector.fromArray(D4, a, x1 + i).mul(y));
            s20 = s20.add(DoubleVector.fromArray(D4, a, x2 + i).mul(y));
            s30 = s30.add(DoubleVector.fromArray(D4, a, x3 + i).mul(y));
            y = DoubleVector.fromArray(D4, a, yOff + i + 4);
            yy1 = yy1.add(y.mul(y));
            s01 = s01.add(DoubleVector.fromArray(D4, a, xOff + i + 4).mul(y));
            s11 = s11.add(DoubleVector.fromArray(D4, a, x1 + i + 4).mul(y));
            s21 = s21.add(DoubleVector.fromArray(D4, a, x2 + i + 4).mul(y));
            s31 = s31.add(DoubleVector.fromArray(D4, a, x3 + i + 4).mul(y));
            y = DoubleVector.fromArray(D4, a, yOff + i + 8);
            yy2 = yy2.add(y.mul(y));
            s02 = s02.add(DoubleVector.fromArray(D4, a, xOff + i + 8).mul(y));
            s12 = s12.add(DoubleVector.fromArray(D4, a, x1 + i + 8).mul(y));
            s22 = s22.add(DoubleVector.fromArray(D4, a, x2 + i + 8).mul(y));
            s32 = s32.add(DoubleVector.fromArray(D4, a, x3 + i + 8).mul(y));
            y = DoubleVector.fromArray(D4, a, yOff + i + 12);
            yy3 = yy3.add(y.mul(y));
            s03 = s03.add(DoubleVector.fromArray(D4, a, xOff + i + 12).mul(y));
            s13 = s13.add(DoubleVector.fromArray(D4, a, x1 + i + 12).mul(y));
            s23 = s23.add(DoubleVector.fromArray(D4, a, x2 + i + 12).mul(y));
            s33 = s33.add(DoubleVector.fromArray(D4, a, x3 + i + 12).mul(y));
        }
        if (i == n) {
            // no tail: the tree in registers, as in dotAxpy
            DoubleVector h0 = yy0.add(yy2).add(yy1.add(yy3));
            DoubleVector h1 = s00.add(s02).add(s01.add(s03));
            DoubleVector h2 = s10.add(s12).add(s11.add(s13));
            DoubleVector h3 = s20.add(s22).add(s21.add(s23));
            DoubleVector h4 = s30.add(s32).add(s31.add(s33));
            out[0] = (h0.lane(0) + h0.lane(2)) + (h0.lane(1) + h0.lane(3));
            out[1] = (h1.lane(0) + h1.lane(2)) + (h1.lane(1) + h1.lane(3));
            out[2] = (h2.lane(0) + h2.lane(2)) + (h2.lane(1) + h2.lane(3));
            out[3] = (h3.lane(0) + h3.lane(2)) + (h3.lane(1) + h3.lane(3));
            out[4] = (h4.lane(0) + h4.lane(2)) + (h4.lane(1) + h4.lane(3));
            return;
        }
        double[] v = LANES4.get();
        // written out vector by vector: a helper taking four vectors per call was not inlined and
        // boxed them (538 against 67 ms a sweep at n = 1024)
        yy0.intoArray(v, 0);
        yy1.intoArray(v, 4);
        yy2.intoArray(v, 8);
        yy3.intoArray(v, 12);
        s00.intoArray(v, L);
        s01.intoArray(v, L + 4);
        s02.intoArray(v, L + 8);
        s03.intoArray(v, L + 12);
        s10.intoArray(v, 2 * L);
        s11.intoArray(v, 2 * L + 4);
        s12.intoArray(v, 2 * L + 8);
        s13.intoArray(v, 2 * L + 12);
        s20.intoArray(v, 3 * L);
        s21.intoArray(v, 3 * L + 4);
        s22.intoArray(v, 3 * L + 8);
        s23.intoArray(v, 3 * L + 12);
        s30.intoArray(v, 4 * L);
        s31.intoArray(v, 4 * L + 4);
        s32.intoArray(v, 4 * L + 8);
        s33.intoArray(v, 4 * L + 12);
        // scalar tail and tree: the scalar kernel's arithmetic
        for (int l = 0; i + l < n; l++) {
            double y = a[yOff + i + l];
            v[l] += y * y;
            v[L + l] += a[xOff + i + l] * y;
            v[2 * L + l] += a[x1 + i + l] * y;
            v[3 * L + l] += a[x2 + i + l] * y;
            v[4 * L + l] += a[x3 + i + l] * y;
        }
        for (int s = 0; s < 5; s++) {
            out[s] = SumOrder.foldPlain(v, s * L, 1, L, L);
        }
    }

    @Override
    public double dotAxpy(double[] a, int aOff, double[] v, int vOff, double s, double[] y, int yOff, int n) {
        if (!NATIVE_256) {
            return REFERENCE.dotAxpy(a, aOff, v, vOff, s, y, yOff, n);
        }
        DoubleVector d0 = DoubleVector.zero(D4);
        DoubleVector d1 = d0;
        DoubleVector d2 = d0;
        DoubleVector d3 = d0;
        DoubleVector sv = DoubleVector.broadcast(D4, s);
        int i = 0;
        // vector body: element i to lane i mod 16, vector (i mod 16) / 4
        for (; i + L <= n; i += L) {
            DoubleVector x = DoubleVector.fromArray(D4, a, aOff + i);
            d0 = d0.add(x.mul(DoubleVector.fromArray(D4, v, vOff + i)));
            DoubleVector.fromArray(D4, y, yOff + i).add(x.mul(sv)).intoArray(y, yOff + i);
            x = DoubleVector.fromArray(D4, a, aOff + i + 4);
            d1 = d1.add(x.mul(DoubleVector.fromArray(D4, v, vOff + i + 4)));
            DoubleVector.fromArray(D4, y, yOff + i + 4).add(x.mul(sv)).intoArray(y, yOff + i + 4);
            x = DoubleVector.fromArray(D4, a, aOff + i + 8);
            d2 = d2.add(x.mul(DoubleVector.fromArray(D4, v, vOff + i + 8)));
            DoubleVector.fromArray(D4, y, yOff + i + 8).add(x.mul(sv)).intoArray(y, yOff + i + 8);
            x = DoubleVector.fromArray(D4, a, aOff + i + 12);
            d3 = d3.add(x.mul(DoubleVector.fromArray(D4, v, vOff + i + 12)));
            DoubleVector.fromArray(D4, y, yOff + i + 12).add(x.mul(sv)).intoArray(y, yOff + i + 12);
        }
        if (i == n) {
            // no tail: SumOrder's tree in registers, in its order (lane l + lane l+8, then + lane
            // l+4, then lanes 0 + 2 and 1 + 3, then the two); foldPlain on the stored lanes was 5%
            // of eigh_f64_1024, a call per row of every product
            DoubleVector h = d0.add(d2).add(d1.add(d3));
            return (h.lane(0) + h.lane(2)) + (h.lane(1) + h.lane(3));
        }
        double[] lanes = LANES.get();
        d0.intoArray(lanes, 0);
        d1.intoArray(lanes, 4);
        d2.intoArray(lanes, 8);
        d3.intoArray(lanes, 12);
        // scalar tail and tree: the scalar kernel's arithmetic
        for (int l = 0; i + l < n; l++) {
            double x = a[aOff + i + l];
            lanes[l] += x * v[vOff + i + l];
            y[yOff + i + l] += s * x;
        }
        return SumOrder.foldPlain(lanes, 0, 1, L, L);
    }

    @Override
    public void rotate(double[] a, int xOff, int yOff, int n, double c, double s) {
        int bound = S.loopBound(n);
        int i = 0;
        for (; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, xOff + i);
            DoubleVector y = DoubleVector.fromArray(S, a, yOff + i);
            x.mul(c).sub(y.mul(s)).intoArray(a, xOff + i);
            x.mul(s).add(y.mul(c)).intoArray(a, yOff + i);
        }
        for (; i < n; i++) {
            double x = a[xOff + i];
            double y = a[yOff + i];
            a[xOff + i] = c * x - s * y;
            a[yOff + i] = s * x + c * y;
        }
    }
}
