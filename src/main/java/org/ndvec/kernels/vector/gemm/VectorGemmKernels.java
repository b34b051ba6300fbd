package org.ndvec.kernels.vector.gemm;

import jdk.incubator.vector.VectorShape;
import org.ndvec.kernels.GemmKernels;

/**
 * The Vector API GEMM tiles, 512-bit or 256-bit wide: the preferred shape by default,
 * {@code -Dndvec.gemm.bits=256|512} to compare them (GemmBench, gemm_f32_1024_1t).
 * Delegation costs one call per MR x NR x KC tile, which is noise next to its KC*MR*NR/lanes FMAs.
 */
public final class VectorGemmKernels implements GemmKernels {
    private final GemmKernels tiles;

    /** Chooses the tile width once. */
    public VectorGemmKernels() {
        int preferred = VectorShape.preferredShape().vectorBitSize();
        int bits = Integer.getInteger("ndvec.gemm.bits", preferred);
        tiles = bits >= 512 && preferred >= 512 ? new Gemm512Tiles() : new Gemm256Tiles();
    }

    @Override
    public String name() {
        return tiles.name();
    }

    @Override
    public int mrF32() {
        return tiles.mrF32();
    }

    @Override
    public int nrF32() {
        return tiles.nrF32();
    }

    @Override
    public int mrF64() {
        return tiles.mrF64();
    }

    @Override
    public int nrF64() {
        return tiles.nrF64();
    }

    @Override
    public void f32(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc, boolean accumulate) {
        tiles.f32(kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f64(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        tiles.f64(kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public int edgeColsF32(int cols) {
        return tiles.edgeColsF32(cols);
    }

    @Override
    public int edgeColsF64(int cols) {
        return tiles.edgeColsF64(cols);
    }

    @Override
    public void f32Edge(int cols, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        tiles.f32Edge(cols, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f64Edge(int cols, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate) {
        tiles.f64Edge(cols, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f32EdgeRows(int rows, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate) {
        tiles.f32EdgeRows(rows, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void f64EdgeRows(int rows, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
            int ldc, boolean accumulate) {
        tiles.f64EdgeRows(rows, kc, a, aOff, b, bOff, c, cOff, ldc, accumulate);
    }

    @Override
    public void copyPanelF32(float[] src, int srcOff, int srcRowStride, int rows, float[] dst, int dstOff) {
        tiles.copyPanelF32(src, srcOff, srcRowStride, rows, dst, dstOff);
    }

    @Override
    public void copyPanelF64(double[] src, int srcOff, int srcRowStride, int rows, double[] dst, int dstOff) {
        tiles.copyPanelF64(src, srcOff, srcRowStride, rows, dst, dstOff);
    }

    @Override
    public void smallF32(int m, int n, int k, float[] a, int aOff, int ars, int acs, float[] b, int bOff, int brs,
            int bcs, float[] c, int cOff, int ldc) {
        tiles.smallF32(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc);
    }

    @Override
    public void smallF64(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff, int brs,
            int bcs, double[] c, int cOff, int ldc) {
        tiles.smallF64(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, cOff, ldc);
    }
}
