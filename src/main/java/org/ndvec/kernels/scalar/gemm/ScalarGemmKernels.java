package org.ndvec.kernels.scalar.gemm;

import org.ndvec.kernels.GemmKernels;

/**
 * Plain-Java GEMM tiles, 4x4: sixteen accumulators in local variables so they stay in registers
 * (the tile itself is generated per type, Scalar*GemmTile). Math.fma keeps the rounding the same
 * as the vector tiles (one rounding per step), so the two give the same bits.
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

    // The 4 x 4 tiles are generated (ScalarGemmTile.java.template): four rows at a time, 16
    // independent accumulators, 8 loads per 16 multiply-adds. One row of four (8 loads per 4, and four
    // dependency chains of FMA latency) ran 1024^3 float64 at 190 ms a call with 2 threads against
    // 110 ms now: the time every first large product spends here while the vector tile is being
    // warmed. Each element still sums its products in k order with one rounding per step.
    @Override
    public void f32EdgeRows(int rows, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        ScalarFloat32GemmTile.edgeRows(rows, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f64(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        f64EdgeRows(MR, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f64EdgeRows(int rows, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int ldc, boolean accumulate) {
        ScalarFloat64GemmTile.edgeRows(rows, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
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
