package org.ndvec.kernels;

/**
 * The contiguous 1-d kernels every higher layer calls. Two implementations stand
 * behind it: {@code ScalarKernels} (plain Java loops, the reference) and
 * {@code VectorKernels} (the JDK Vector API). {@link KernelProvider} picks one
 * once per JVM.
 *
 * <p>Signatures follow NumPy's argument order: inputs with their offsets, then the
 * output with its offset, then the element count. Kernels read and write exactly
 * {@code n} elements and never allocate.
 */
public interface Kernels {

    /** Short name for logs and benchmark labels: {@code "scalar"} or {@code "vector"}. */
    String name();

    /** {@code out[i] = (double) a[i]}, the float32 -> float64 cast. */
    void castF32ToF64(float[] a, int aOff, double[] out, int outOff, int n);

    /** {@code out[i] = (float) a[i]}, the float64 -> float32 cast (round to nearest even). */
    void castF64ToF32(double[] a, int aOff, float[] out, int outOff, int n);

    /** {@code out[i] = (double) a[i]}, the int32 -> float64 cast (exact). */
    void castI32ToF64(int[] a, int aOff, double[] out, int outOff, int n);

    /** {@code out[i] = (float) a[i]}, the int32 -> float32 cast (round to nearest even). */
    void castI32ToF32(int[] a, int aOff, float[] out, int outOff, int n);

    /** {@code out[i] = (double) a[i]}, the int64 -> float64 cast (round to nearest even). */
    void castI64ToF64(long[] a, int aOff, double[] out, int outOff, int n);

    /** {@code out[i] = (long) a[i]}, the int32 -> int64 cast (exact). */
    void castI32ToI64(int[] a, int aOff, long[] out, int outOff, int n);
}
