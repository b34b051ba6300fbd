package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.Kernels;

/**
 * Vector API kernels. The only package of ndvec that imports
 * {@code jdk.incubator.vector}; loaded by name from {@code KernelProvider} after
 * the module has been found readable, so the rest of the library never links
 * against the incubator classes.
 *
 * <p>Every species here is a {@code static final} constant: C2 intrinsifies a
 * vector operation only when species and operator are constants where it compiles.
 */
public final class VectorKernels implements Kernels {

    // Conversions change lane width, so each pair uses species of equal lane count:
    // the wider type takes the preferred shape, the narrower one half of it.
    private static final VectorSpecies<Double> F64 = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> I64 = LongVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F32_HALF =
            VectorSpecies.of(float.class, jdk.incubator.vector.VectorShape.forBitSize(F64.vectorBitSize() / 2));
    private static final VectorSpecies<Integer> I32_HALF =
            VectorSpecies.of(int.class, jdk.incubator.vector.VectorShape.forBitSize(F64.vectorBitSize() / 2));
    private static final VectorSpecies<Float> F32 = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I32 = IntVector.SPECIES_PREFERRED;

    /** Bits of the preferred vector shape on this CPU. */
    public static int preferredBits() {
        return F64.vectorBitSize();
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void castF32ToF64(float[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        int bound = F64.loopBound(n);
        // vector body
        for (; i < bound; i += F64.length()) {
            ((DoubleVector) FloatVector.fromArray(F32_HALF, a, aOff + i)
                    .convertShape(VectorOperators.F2D, F64, 0))
                    .intoArray(out, outOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castF64ToF32(double[] a, int aOff, float[] out, int outOff, int n) {
        int i = 0;
        int bound = F64.loopBound(n);
        // vector body
        for (; i < bound; i += F64.length()) {
            ((FloatVector) DoubleVector.fromArray(F64, a, aOff + i)
                    .convertShape(VectorOperators.D2F, F32_HALF, 0))
                    .intoArray(out, outOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            out[outOff + i] = (float) a[aOff + i];
        }
    }

    @Override
    public void castI32ToF64(int[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        int bound = F64.loopBound(n);
        // vector body
        for (; i < bound; i += F64.length()) {
            ((DoubleVector) IntVector.fromArray(I32_HALF, a, aOff + i)
                    .convertShape(VectorOperators.I2D, F64, 0))
                    .intoArray(out, outOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castI32ToF32(int[] a, int aOff, float[] out, int outOff, int n) {
        int i = 0;
        int bound = I32.loopBound(n);
        // vector body
        for (; i < bound; i += I32.length()) {
            ((FloatVector) IntVector.fromArray(I32, a, aOff + i)
                    .convert(VectorOperators.I2F, 0))
                    .intoArray(out, outOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castI64ToF64(long[] a, int aOff, double[] out, int outOff, int n) {
        int i = 0;
        int bound = I64.loopBound(n);
        // vector body
        for (; i < bound; i += I64.length()) {
            ((DoubleVector) LongVector.fromArray(I64, a, aOff + i)
                    .convert(VectorOperators.L2D, 0))
                    .intoArray(out, outOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castI32ToI64(int[] a, int aOff, long[] out, int outOff, int n) {
        int i = 0;
        int bound = I64.loopBound(n);
        // vector body
        for (; i < bound; i += I64.length()) {
            ((LongVector) IntVector.fromArray(I32_HALF, a, aOff + i)
                    .convertShape(VectorOperators.I2L, I64, 0))
                    .intoArray(out, outOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }
}
