package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.JacobiKernels;

/** Vector API {@link JacobiKernels}: three vector accumulators, FMAs, one lane fold at the end. */
public final class VectorJacobiKernels implements JacobiKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void gram(double[] a, int xOff, int yOff, int n, double[] out) {
        DoubleVector xx = DoubleVector.zero(S);
        DoubleVector yy = DoubleVector.zero(S);
        DoubleVector xy = DoubleVector.zero(S);
        int bound = S.loopBound(n);
        int i = 0;
        for (; i < bound; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, a, xOff + i);
            DoubleVector y = DoubleVector.fromArray(S, a, yOff + i);
            xx = x.fma(x, xx);
            yy = y.fma(y, yy);
            xy = x.fma(y, xy);
        }
        double sxx = Lanes.sum(xx);
        double syy = Lanes.sum(yy);
        double sxy = Lanes.sum(xy);
        for (; i < n; i++) {
            double x = a[xOff + i];
            double y = a[yOff + i];
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        out[0] = sxx;
        out[1] = syy;
        out[2] = sxy;
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
