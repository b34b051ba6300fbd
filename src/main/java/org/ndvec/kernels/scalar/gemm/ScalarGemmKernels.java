package org.ndvec.kernels.scalar.gemm;

import org.ndvec.kernels.GemmKernels;

/**
 * Plain-Java GEMM tiles, 4x4: one row of four accumulators at a time, in local variables
 * so they stay in registers. Math.fma keeps the rounding the same as the vector tiles (one
 * rounding per step), which makes the two implementations agree closely in tests.
 */
public final class ScalarGemmKernels implements GemmKernels {
    private static final int MR = 4;
    private static final int NR = 4;

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public int mrF32() {
        return MR;
    }

    @Override
    public int nrF32() {
        return NR;
    }

    @Override
    public int mrF64() {
        return MR;
    }

    @Override
    public int nrF64() {
        return NR;
    }

    @Override
    public void f32(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        f32EdgeRows(MR, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    // one row of four accumulators at a time, so a bottom edge tile simply runs fewer rows
    @Override
    public void f32EdgeRows(int rows, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        for (int i = 0; i < rows; i++) {
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            for (int p = 0; p < kc; p++) {
                float x = a[aOff + i * kc + p];
                int bi = bOff + p * NR;
                s0 = Math.fma(x, b[bi], s0);
                s1 = Math.fma(x, b[bi + 1], s1);
                s2 = Math.fma(x, b[bi + 2], s2);
                s3 = Math.fma(x, b[bi + 3], s3);
            }
            int ci = cOff + i * ldc;
            if (accumulate) {
                s0 += c[ci];
                s1 += c[ci + 1];
                s2 += c[ci + 2];
                s3 += c[ci + 3];
            }
            c[ci] = s0;
            c[ci + 1] = s1;
            c[ci + 2] = s2;
            c[ci + 3] = s3;
        }
    }

    @Override
    public void f64(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        f64EdgeRows(MR, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    // one row of four accumulators at a time, so a bottom edge tile simply runs fewer rows
    @Override
    public void f64EdgeRows(int rows, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        for (int i = 0; i < rows; i++) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int p = 0; p < kc; p++) {
                double x = a[aOff + i * kc + p];
                int bi = bOff + p * NR;
                s0 = Math.fma(x, b[bi], s0);
                s1 = Math.fma(x, b[bi + 1], s1);
                s2 = Math.fma(x, b[bi + 2], s2);
                s3 = Math.fma(x, b[bi + 3], s3);
            }
            int ci = cOff + i * ldc;
            if (accumulate) {
                s0 += c[ci];
                s1 += c[ci + 1];
                s2 += c[ci + 2];
                s3 += c[ci + 3];
            }
            c[ci] = s0;
            c[ci + 1] = s1;
            c[ci + 2] = s2;
            c[ci + 3] = s3;
        }
    }

    // the 4-column tile is already narrow: edge tiles run it whole
    @Override
    public int edgeColsF32(int cols) {
        return NR;
    }

    @Override
    public int edgeColsF64(int cols) {
        return NR;
    }

    @Override
    public void f32Edge(int cols, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        f32(kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f64Edge(int cols, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        f64(kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void copyPanelF32(float[] src, int srcOff, int srcRowStride, int rows, float[] dst, int dstOff) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, srcOff + r * srcRowStride, dst, dstOff + r * NR, NR);
        }
    }

    @Override
    public void copyPanelF64(double[] src, int srcOff, int srcRowStride, int rows, double[] dst, int dstOff) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(src, srcOff + r * srcRowStride, dst, dstOff + r * NR, NR);
        }
    }

    @Override
    public void smallF32(int m, int n, int k, float[] a, int aOff, int ars, int acs, float[] b, int bOff, int brs,
            int bcs, float[] c, int cOff, int ldc) {
        ScalarGemmSmall.f32(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc);
    }

    @Override
    public void smallF64(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff, int brs,
            int bcs, double[] c, int cOff, int ldc) {
        ScalarGemmSmall.f64(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc);
    }
}
