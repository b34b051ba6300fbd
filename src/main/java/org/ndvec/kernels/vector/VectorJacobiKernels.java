package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.JacobiKernels;
import org.ndvec.kernels.SumOrder;
import org.ndvec.kernels.scalar.ScalarJacobiKernels;

/**
 * Vector API {@link JacobiKernels}. The Gram sums keep {@link SumOrder}'s 16 plain lanes as 4
 * vectors of 4 doubles per sum (12 accumulators, within AVX2's 16 registers) on every CPU, and add
 * rounded products (a multiply and an add, no fma), so they equal the scalar kernel's bit for bit.
 */
public final class VectorJacobiKernels implements JacobiKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    /** 256-bit vectors are emulated (slowly) where not native; the scalar kernel has the same order. */
    private static final boolean NATIVE_256 = S.vectorBitSize() >= 256;
    private static final JacobiKernels REFERENCE = new ScalarJacobiKernels();

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
        for (; i + SumOrder.F64_LANES <= n; i += SumOrder.F64_LANES) {
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
        // vector tail: masked loads, zero-padded (0 * 0 adds +0.0, which changes no lane)
        if (i < n) {
            DoubleVector x = DoubleVector.fromArray(D4, a, xOff + i, D4.indexInRange(i, n));
            DoubleVector y = DoubleVector.fromArray(D4, a, yOff + i, D4.indexInRange(i, n));
            xx0 = xx0.add(x.mul(x));
            yy0 = yy0.add(y.mul(y));
            xy0 = xy0.add(x.mul(y));
            x = DoubleVector.fromArray(D4, a, xOff + i + 4, D4.indexInRange(i + 4, n));
            y = DoubleVector.fromArray(D4, a, yOff + i + 4, D4.indexInRange(i + 4, n));
            xx1 = xx1.add(x.mul(x));
            yy1 = yy1.add(y.mul(y));
            xy1 = xy1.add(x.mul(y));
            x = DoubleVector.fromArray(D4, a, xOff + i + 8, D4.indexInRange(i + 8, n));
            y = DoubleVector.fromArray(D4, a, yOff + i + 8, D4.indexInRange(i + 8, n));
            xx2 = xx2.add(x.mul(x));
            yy2 = yy2.add(y.mul(y));
            xy2 = xy2.add(x.mul(y));
            x = DoubleVector.fromArray(D4, a, xOff + i + 12, D4.indexInRange(i + 12, n));
            y = DoubleVector.fromArray(D4, a, yOff + i + 12, D4.indexInRange(i + 12, n));
            xx3 = xx3.add(x.mul(x));
            yy3 = yy3.add(y.mul(y));
            xy3 = xy3.add(x.mul(y));
        }
        // reduce: SumOrder's tree, h = 8 and 4 across vectors, 2 and 1 inside
        out[0] = Lanes.sum(xx0.add(xx2).add(xx1.add(xx3)));
        out[1] = Lanes.sum(yy0.add(yy2).add(yy1.add(yy3)));
        out[2] = Lanes.sum(xy0.add(xy2).add(xy1.add(xy3)));
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
