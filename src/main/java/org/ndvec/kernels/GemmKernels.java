package org.ndvec.kernels;

/**
 * The GEMM micro-kernel family: one MR x NR tile of {@code C += A·B} from packed panels.
 *
 * <p>Packed layout (written by {@code org.ndvec.linalg.GemmDriver}): the A micro-panel holds
 * MR rows of {@code kc} values each ({@code a[aOff + i*kc + p] = A[i, p]}; a row-major A packs
 * by one array copy per row, and the kernel's MR broadcast streams run as fast as one
 * interleaved stream), the B micro-panel
 * {@code kc} rows of NR values each ({@code b[bOff + p*NR + j] = B[p, j]}); rows/columns past the
 * matrix edge are zero, so a kernel never needs a mask. C is written row-major with row stride
 * {@code ldc} and unit column stride; all MR x NR elements are written, so callers route edge
 * tiles through a scratch tile.
 *
 * <p>Contract for bit-identical threading: for each C element the kernel sums over p in
 * increasing order, one rounding (FMA or multiply-add) per step, then adds the old C value
 * once when {@code accumulate}. The result depends only on the panels, never on the caller.
 */
public interface GemmKernels {
    /** {@code "scalar"}, {@code "vector512"}, ... */
    String name();

    /** Rows of the float tile. */
    int mrF32();

    /** Columns of the float tile. */
    int nrF32();

    /** Rows of the double tile. */
    int mrF64();

    /** Columns of the double tile. */
    int nrF64();

    /** {@code C[0:MR, 0:NR] = (accumulate ? C : 0) + Ap·Bp} over {@code kc} steps. */
    void f32(int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc, boolean accumulate);

    /** {@code C[0:MR, 0:NR] = (accumulate ? C : 0) + Ap·Bp} over {@code kc} steps. */
    void f64(int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc, boolean accumulate);

    /**
     * Columns an edge tile of {@code cols} (< NR) float columns computes and writes: {@code cols}
     * rounded up to whole vectors, at most NR.
     */
    int edgeColsF32(int cols);

    /** As {@link #edgeColsF32} for double tiles. */
    int edgeColsF64(int cols);

    /**
     * As {@link #f32} for an edge tile: computes and writes only {@code C[0:MR, 0:edgeColsF32(cols)]};
     * the B micro-panel keeps its NR row stride. Each written element gets the same fma sequence
     * as in {@link #f32}, so a product's bits do not depend on which of the two ran.
     */
    void f32Edge(int cols, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate);

    /** As {@link #f32Edge} for double tiles. */
    void f64Edge(int cols, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate);

    /**
     * As {@link #f32} for a bottom edge tile: computes and writes only {@code C[0:rows, 0:NR]}
     * ({@code rows} < MR; the A micro-panel keeps its {@code kc} row stride). Each written element
     * gets the same fma sequence as in {@link #f32}.
     */
    void f32EdgeRows(int rows, int kc, float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int ldc,
            boolean accumulate);

    /** As {@link #f32EdgeRows} for double tiles. */
    void f64EdgeRows(int rows, int kc, double[] a, int aOff, double[] b, int bOff, double[] c, int cOff, int ldc,
            boolean accumulate);

    /**
     * Packs {@code rows} rows of NR (= {@link #nrF32()}) floats with unit column stride, row
     * {@code r} read at {@code src[srcOff + r*srcRowStride ...]}, into the B micro-panel layout
     * {@code dst[dstOff + r*NR ...]}.
     */
    void copyPanelF32(float[] src, int srcOff, int srcRowStride, int rows, float[] dst, int dstOff);

    /** As {@link #copyPanelF32} with NR = {@link #nrF64()} doubles. */
    void copyPanelF64(double[] src, int srcOff, int srcRowStride, int rows, double[] dst, int dstOff);

    /**
     * {@code C[0:m, 0:n] = A·B} for a product too small to pack, straight from the operands:
     * A(i,p) at {@code a[aOff + i*ars + p*acs]}, B(p,j) at {@code b[bOff + p*brs + j*bcs]},
     * C(i,j) at {@code c[cOff + i*ldc + j]}, which must be zero on entry. Every C element is
     * {@code sum = fma(A[i,p], B[p,j], sum)} from 0 over p ascending, in every implementation,
     * so the bits never depend on which family or inner path ran.
     */
    void smallF32(int m, int n, int k, float[] a, int aOff, int ars, int acs, float[] b, int bOff, int brs, int bcs,
            float[] c, int cOff, int ldc);

    /** As {@link #smallF32} for doubles. */
    void smallF64(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff, int brs, int bcs,
            double[] c, int cOff, int ldc);
}
