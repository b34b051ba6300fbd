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
    private static final JacobiKernels REFERENCE = new ScalarJacobiKernels();
    private static final int L = SumOrder.F64_LANES;
    /** Each thread's 48 lanes (x.x, y.y, x.y) between the vector body and the scalar tail. */
    private static final ThreadLocal<double[]> LANES = ThreadLocal.withInitial(() -> new double[3 * L]);

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
