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

    // Four rows at a time: 16 independent accumulators, 8 loads per 16 multiply-adds. One row of four
    // (8 loads per 4, and four dependency chains of FMA latency) ran 1024^3 float64 at 370 ms with 2
    // threads, the time every first large product spends here while the vector tile is being warmed.
    // Each element still sums its products in k order with one rounding per step.
    @Override
    public void f32EdgeRows(int rows, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        int i = 0;
        for (; i + MR <= rows; i += MR) {
            int r0 = aOff + i * kc;
            int r1 = aOff + (i + 1) * kc;
            int r2 = aOff + (i + 2) * kc;
            int r3 = aOff + (i + 3) * kc;
            float s00 = 0;
            float s01 = 0;
            float s02 = 0;
            float s03 = 0;
            float s10 = 0;
            float s11 = 0;
            float s12 = 0;
            float s13 = 0;
            float s20 = 0;
            float s21 = 0;
            float s22 = 0;
            float s23 = 0;
            float s30 = 0;
            float s31 = 0;
            float s32 = 0;
            float s33 = 0;
            for (int p = 0; p < kc; p++) {
                float x0 = a[r0 + p];
                float x1 = a[r1 + p];
                float x2 = a[r2 + p];
                float x3 = a[r3 + p];
                int bi = bOff + p * NR;
                float b0 = b[bi];
                float b1 = b[bi + 1];
                float b2 = b[bi + 2];
                float b3 = b[bi + 3];
                s00 = Math.fma(x0, b0, s00);
                s01 = Math.fma(x0, b1, s01);
                s02 = Math.fma(x0, b2, s02);
                s03 = Math.fma(x0, b3, s03);
                s10 = Math.fma(x1, b0, s10);
                s11 = Math.fma(x1, b1, s11);
                s12 = Math.fma(x1, b2, s12);
                s13 = Math.fma(x1, b3, s13);
                s20 = Math.fma(x2, b0, s20);
                s21 = Math.fma(x2, b1, s21);
                s22 = Math.fma(x2, b2, s22);
                s23 = Math.fma(x2, b3, s23);
                s30 = Math.fma(x3, b0, s30);
                s31 = Math.fma(x3, b1, s31);
                s32 = Math.fma(x3, b2, s32);
                s33 = Math.fma(x3, b3, s33);
            }
            int c0 = cOff + i * ldc;
            int c1 = cOff + (i + 1) * ldc;
            int c2 = cOff + (i + 2) * ldc;
            int c3 = cOff + (i + 3) * ldc;
            if (accumulate) {
                s00 += c[c0];
                s01 += c[c0 + 1];
                s02 += c[c0 + 2];
                s03 += c[c0 + 3];
                s10 += c[c1];
                s11 += c[c1 + 1];
                s12 += c[c1 + 2];
                s13 += c[c1 + 3];
                s20 += c[c2];
                s21 += c[c2 + 1];
                s22 += c[c2 + 2];
                s23 += c[c2 + 3];
                s30 += c[c3];
                s31 += c[c3 + 1];
                s32 += c[c3 + 2];
                s33 += c[c3 + 3];
            }
            c[c0] = s00;
            c[c0 + 1] = s01;
            c[c0 + 2] = s02;
            c[c0 + 3] = s03;
            c[c1] = s10;
            c[c1 + 1] = s11;
            c[c1 + 2] = s12;
            c[c1 + 3] = s13;
            c[c2] = s20;
            c[c2 + 1] = s21;
            c[c2 + 2] = s22;
            c[c2 + 3] = s23;
            c[c3] = s30;
            c[c3 + 1] = s31;
            c[c3 + 2] = s32;
            c[c3 + 3] = s33;
        }
        for (; i < rows; i++) {
            f32Row(i, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
        }
    }

    // one row of four accumulators, for the rows of a bottom edge tile below the last four
    private static void f32Row(int i, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
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

    @Override
    public void f64(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        f64EdgeRows(MR, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    // Four rows at a time: 16 independent accumulators, 8 loads per 16 multiply-adds. One row of four
    // (8 loads per 4, and four dependency chains of FMA latency) ran 1024^3 float64 at 370 ms with 2
    // threads, the time every first large product spends here while the vector tile is being warmed.
    // Each element still sums its products in k order with one rounding per step.
    @Override
    public void f64EdgeRows(int rows, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        int i = 0;
        for (; i + MR <= rows; i += MR) {
            int r0 = aOff + i * kc;
            int r1 = aOff + (i + 1) * kc;
            int r2 = aOff + (i + 2) * kc;
            int r3 = aOff + (i + 3) * kc;
            double s00 = 0;
            double s01 = 0;
            double s02 = 0;
            double s03 = 0;
            double s10 = 0;
            double s11 = 0;
            double s12 = 0;
            double s13 = 0;
            double s20 = 0;
            double s21 = 0;
            double s22 = 0;
            double s23 = 0;
            double s30 = 0;
            double s31 = 0;
            double s32 = 0;
            double s33 = 0;
            for (int p = 0; p < kc; p++) {
                double x0 = a[r0 + p];
                double x1 = a[r1 + p];
                double x2 = a[r2 + p];
                double x3 = a[r3 + p];
                int bi = bOff + p * NR;
                double b0 = b[bi];
                double b1 = b[bi + 1];
                double b2 = b[bi + 2];
                double b3 = b[bi + 3];
                s00 = Math.fma(x0, b0, s00);
                s01 = Math.fma(x0, b1, s01);
                s02 = Math.fma(x0, b2, s02);
                s03 = Math.fma(x0, b3, s03);
                s10 = Math.fma(x1, b0, s10);
                s11 = Math.fma(x1, b1, s11);
                s12 = Math.fma(x1, b2, s12);
                s13 = Math.fma(x1, b3, s13);
                s20 = Math.fma(x2, b0, s20);
                s21 = Math.fma(x2, b1, s21);
                s22 = Math.fma(x2, b2, s22);
                s23 = Math.fma(x2, b3, s23);
                s30 = Math.fma(x3, b0, s30);
                s31 = Math.fma(x3, b1, s31);
                s32 = Math.fma(x3, b2, s32);
                s33 = Math.fma(x3, b3, s33);
            }
            int c0 = cOff + i * ldc;
            int c1 = cOff + (i + 1) * ldc;
            int c2 = cOff + (i + 2) * ldc;
            int c3 = cOff + (i + 3) * ldc;
            if (accumulate) {
                s00 += c[c0];
                s01 += c[c0 + 1];
                s02 += c[c0 + 2];
                s03 += c[c0 + 3];
                s10 += c[c1];
                s11 += c[c1 + 1];
                s12 += c[c1 + 2];
                s13 += c[c1 + 3];
                s20 += c[c2];
                s21 += c[c2 + 1];
                s22 += c[c2 + 2];
                s23 += c[c2 + 3];
                s30 += c[c3];
                s31 += c[c3 + 1];
                s32 += c[c3 + 2];
                s33 += c[c3 + 3];
            }
            c[c0] = s00;
            c[c0 + 1] = s01;
            c[c0 + 2] = s02;
            c[c0 + 3] = s03;
            c[c1] = s10;
            c[c1 + 1] = s11;
            c[c1 + 2] = s12;
            c[c1 + 3] = s13;
            c[c2] = s20;
            c[c2 + 1] = s21;
            c[c2 + 2] = s22;
            c[c2 + 3] = s23;
            c[c3] = s30;
            c[c3 + 1] = s31;
            c[c3 + 2] = s32;
            c[c3 + 3] = s33;
        }
        for (; i < rows; i++) {
            f64Row(i, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
        }
    }

    // one row of four accumulators, for the rows of a bottom edge tile below the last four
    private static void f64Row(int i, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
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
