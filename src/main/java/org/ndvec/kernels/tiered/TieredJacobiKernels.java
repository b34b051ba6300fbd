package org.ndvec.kernels.tiered;

import org.ndvec.kernels.JacobiKernels;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.scalar.ScalarJacobiKernels;

/** The plane-rotation kernels with a {@link Tier} each: scalar until hot and compiled, then vector. */
public final class TieredJacobiKernels implements JacobiKernels {
    private final ScalarJacobiKernels scalar = new ScalarJacobiKernels();
    private final Tier gram = new Tier("gram float64", Tier.LIGHT, () -> exercise((k, a, n, g) -> k.gram(a, 0, Exercise.PROBE, n, g)));
    private final Tier gram4 = new Tier("gram4 float64", Tier.LIGHT,
            () -> exercise((k, a, n, g) -> k.gram4(a, 0, Exercise.PROBE, 4 * Exercise.PROBE, n, g)));
    private final Tier dotAxpy = new Tier("dotAxpy float64", Tier.LIGHT,
            () -> exercise((k, a, n, g) -> g[2] = k.dotAxpy(a, 0, a, Exercise.PROBE, 1e-4, a, 2 * Exercise.PROBE, n)));
    private final Tier rotate = new Tier("rotate float64", Tier.LIGHT,
            () -> exercise((k, a, n, g) -> k.rotate(a, 0, Exercise.PROBE, n, 0.8, 0.6)));

    /** The vector kernels, loaded on first use. */
    private static final class Vector {
        static final JacobiKernels K = KernelProvider.vectorInstance(JacobiKernels.class,
                "org.ndvec.kernels.vector.VectorJacobiKernels");
    }

    private interface Call {
        void run(JacobiKernels k, double[] a, int n, double[] gram);
    }

    /** Where the exercise's Gram entries go, so the probe times real work. */
    private static volatile double sink;

    private Exercise exercise(Call call) {
        JacobiKernels v = Vector.K;
        if (v == null) {
            return null;
        }
        // five rows, x at 0 and y at PROBE (gram4: x_j at j PROBE, y at 4 PROBE; dotAxpy: y at
        // 2 PROBE, growing by 1e-4 of x a call); a rotation by (0.8, 0.6) keeps their norms
        double[] a = Scratch.ofFloat64(5 * Exercise.PROBE, 31);
        double[] g = new double[5];
        return (vector, n, variant) -> {
            call.run(vector ? v : scalar, a, n, g);
            sink = g[2];
        };
    }

    @Override
    public void gram(double[] a, int xOff, int yOff, int n, double[] out) {
        (gram.vector(n) ? Vector.K : scalar).gram(a, xOff, yOff, n, out);
    }

    @Override
    public void gram4(double[] a, int xOff, int xStride, int yOff, int n, double[] out) {
        (gram4.vector(n) ? Vector.K : scalar).gram4(a, xOff, xStride, yOff, n, out);
    }

    @Override
    public double dotAxpy(double[] a, int aOff, double[] v, int vOff, double s, double[] y, int yOff, int n) {
        return (dotAxpy.vector(n) ? Vector.K : scalar).dotAxpy(a, aOff, v, vOff, s, y, yOff, n);
    }

    @Override
    public void rotate(double[] a, int xOff, int yOff, int n, double c, double s) {
        (rotate.vector(n) ? Vector.K : scalar).rotate(a, xOff, yOff, n, c, s);
    }
}
