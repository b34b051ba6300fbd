package org.ndvec.kernels.tiered;

import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.Kernels;
import org.ndvec.kernels.scalar.ScalarKernels;

/**
 * The cast kernels with one {@link Tier} per cast: scalar until the cast is hot and its vector
 * kernel compiled (casts are exact or correctly rounded, so both give the same bits).
 */
public final class TieredKernels implements Kernels {
    private final ScalarKernels scalar = new ScalarKernels();
    private final Tier f32ToF64 = new Tier("cast float32->float64", Tier.LIGHT, new Maker(this, Maker.F32_TO_F64));
    private final Tier f64ToF32 = new Tier("cast float64->float32", Tier.LIGHT, new Maker(this, Maker.F64_TO_F32));
    private final Tier i32ToF64 = new Tier("cast int32->float64", Tier.LIGHT, new Maker(this, Maker.I32_TO_F64));
    private final Tier i32ToF32 = new Tier("cast int32->float32", Tier.LIGHT, new Maker(this, Maker.I32_TO_F32));
    private final Tier i64ToF64 = new Tier("cast int64->float64", Tier.LIGHT, new Maker(this, Maker.I64_TO_F64));
    private final Tier i32ToI64 = new Tier("cast int32->int64", Tier.LIGHT, new Maker(this, Maker.I32_TO_I64));

    /**
     * Makes a cast tier's exercise when the tier gets hot: one small class instead of a lambda per
     * tier, each of which cost a bootstrap when the first astype of a program loaded this class.
     */
    private static final class Maker implements java.util.function.Supplier<Exercise> {
        static final int F32_TO_F64 = 0;
        static final int F64_TO_F32 = 1;
        static final int I32_TO_F64 = 2;
        static final int I32_TO_F32 = 3;
        static final int I64_TO_F64 = 4;
        static final int I32_TO_I64 = 5;

        private final TieredKernels owner;
        private final int cast;

        Maker(TieredKernels owner, int cast) {
            this.owner = owner;
            this.cast = cast;
        }

        @Override
        public Exercise get() {
            Kernels v = Vector.K;
            if (v == null) {
                return null;
            }
            ScalarKernels s = owner.scalar;
            return (vector, n, variant) -> run(vector ? v : s, n);
        }

        private void run(Kernels k, int n) {
            switch (cast) {
                case F32_TO_F64 -> k.castF32ToF64(Data.F, 0, Data.D_OUT, 0, n);
                case F64_TO_F32 -> k.castF64ToF32(Data.D, 0, Data.F_OUT, 0, n);
                case I32_TO_F64 -> k.castI32ToF64(Data.I, 0, Data.D_OUT, 0, n);
                case I32_TO_F32 -> k.castI32ToF32(Data.I, 0, Data.F_OUT, 0, n);
                case I64_TO_F64 -> k.castI64ToF64(Data.L, 0, Data.D_OUT, 0, n);
                case I32_TO_I64 -> k.castI32ToI64(Data.I, 0, Data.L_OUT, 0, n);
                default -> throw new AssertionError("cast " + cast);
            }
        }
    }

    /** The vector casts, loaded on first use. */
    private static final class Vector {
        static final Kernels K = KernelProvider.vectorInstance(Kernels.class, "org.ndvec.kernels.vector.VectorKernels");
    }

    /** Scratch rows shared by the cast exercises (warm-ups run one at a time per tier, and only write outputs). */
    private static final class Data {
        static final float[] F = Scratch.ofFloat32(Exercise.PROBE, 11);
        static final double[] D = Scratch.ofFloat64(Exercise.PROBE, 12);
        static final int[] I = Scratch.ofInt32(Exercise.PROBE, 13);
        static final long[] L = Scratch.ofInt64(Exercise.PROBE, 14);
        static final float[] F_OUT = new float[Exercise.PROBE];
        static final double[] D_OUT = new double[Exercise.PROBE];
        static final long[] L_OUT = new long[Exercise.PROBE];
    }

    @Override
    public String name() {
        return "tiered";
    }

    @Override
    public void castF32ToF64(float[] a, int aOff, double[] out, int outOff, int n) {
        (f32ToF64.vector(n) ? Vector.K : scalar).castF32ToF64(a, aOff, out, outOff, n);
    }

    @Override
    public void castF64ToF32(double[] a, int aOff, float[] out, int outOff, int n) {
        (f64ToF32.vector(n) ? Vector.K : scalar).castF64ToF32(a, aOff, out, outOff, n);
    }

    @Override
    public void castI32ToF64(int[] a, int aOff, double[] out, int outOff, int n) {
        (i32ToF64.vector(n) ? Vector.K : scalar).castI32ToF64(a, aOff, out, outOff, n);
    }

    @Override
    public void castI32ToF32(int[] a, int aOff, float[] out, int outOff, int n) {
        (i32ToF32.vector(n) ? Vector.K : scalar).castI32ToF32(a, aOff, out, outOff, n);
    }

    @Override
    public void castI64ToF64(long[] a, int aOff, double[] out, int outOff, int n) {
        (i64ToF64.vector(n) ? Vector.K : scalar).castI64ToF64(a, aOff, out, outOff, n);
    }

    @Override
    public void castI32ToI64(int[] a, int aOff, long[] out, int outOff, int n) {
        (i32ToI64.vector(n) ? Vector.K : scalar).castI32ToI64(a, aOff, out, outOff, n);
    }
}
