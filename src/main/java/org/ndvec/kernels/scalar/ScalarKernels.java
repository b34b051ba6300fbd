package org.ndvec.kernels.scalar;

import org.ndvec.kernels.Kernels;

/**
 * Plain Java loops: the reference every vector kernel is tested against, and the
 * implementation used when the Vector API is not available or
 * {@code -Dndvec.kernels=scalar} is given.
 */
public final class ScalarKernels implements Kernels {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void castF32ToF64(float[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castF64ToF32(double[] a, int aOff, float[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = (float) a[aOff + i];
        }
    }

    @Override
    public void castI32ToF64(int[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castI32ToF32(int[] a, int aOff, float[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castI64ToF64(long[] a, int aOff, double[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }

    @Override
    public void castI32ToI64(int[] a, int aOff, long[] out, int outOff, int n) {
        for (int i = 0; i < n; i++) {
            out[outOff + i] = a[aOff + i];
        }
    }
}
