package org.ndvec.linalg;

import org.ndvec.kernels.GemmKernels;

/**
 * One GEMM call's operands as {@link GemmDriver} sees them, dtype hidden: packing, tile and
 * small-product steps. Implemented per float width ({@link PackedF32Gemm}, {@link PackedF64Gemm})
 * because packing and kernels must run on primitive arrays.
 */
abstract class PackedGemm {
    /**
     * Sets the kernels this call runs (GemmDriver.run chooses them per call, see {@link GemmTiers}):
     * the tile shape, and so the packing, follows them.
     */
    abstract void bind(GemmKernels kernels);

    /** Whether {@link #bind} has been called. */
    abstract boolean bound();

    /** Rows of the micro-tile. */
    abstract int mr();

    /** Columns of the micro-tile. */
    abstract int nr();

    /** Bytes per element, for the cache blocking. */
    abstract int elementBytes();

    /** A packing buffer of at least n elements, reused by this thread; slot 0 A, 1 B, 2 edge tile. */
    abstract Object buffer(int slot, int n);

    /**
     * A's own storage when its rows already have the micro-panel layout for depth {@code kc}
     * (unit column stride, row stride {@code kc}: a C-order A with k = kc), so whole micro-panels
     * can be read in place; null when A must be packed.
     */
    abstract Object aInPlace(int kc);

    /** Offset of A[i, 0] in {@link #aInPlace}'s array. */
    abstract int aRow(int i);

    /** Packs A[i0:i0+mc, p0:p0+kc] into MR-row micro-panels, zero-padded to a multiple of MR rows. */
    abstract void packA(Object ap, int i0, int mc, int p0, int kc);

    /** Packs B[p0:p0+kc, j0:j0+nc] into NR-column micro-panels, zero-padded to a multiple of NR columns. */
    abstract void packB(Object bp, int p0, int kc, int j0, int nc);

    /** One tile of C at (i, j) with mv x nv valid elements. */
    abstract void tile(int kc, Object ap, int apOff, Object bp, int bpOff, int i, int j, int mv, int nv,
            boolean accumulate, Object scratch);

    /** The whole product without packing, for tiny sizes (single thread). */
    abstract void small(int m, int n, int k);
}
