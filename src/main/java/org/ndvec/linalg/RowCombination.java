package org.ndvec.linalg;

import org.ndvec.parallel.Workers;

/**
 * {@code y[c0:c1] = sum over rows r of v[r] * A[r, c0:c1]} on a row-major A: the matrix-vector
 * product of the Householder reductions (A^T v, and A v through a transposed copy), written as
 * row updates because C2 vectorizes those and not the dot-product form (a floating-point sum).
 * Large products split the columns into fixed chunks that run on {@link Workers}: every y element
 * adds the same rows in the same order whatever the thread count.
 */
final class RowCombination {
    /** Columns per parallel chunk: 1024 doubles, 8 KiB of each row. */
    private static final int CHUNK = 1024;
    /**
     * Below this many matrix elements one thread does it all: 2^17 (1 MiB) is ~15 us of reading,
     * against a few microseconds to hand a chunk to the second core (eigh_f64_1024).
     */
    private static final long PARALLEL_ELEMENTS = 1L << 17;

    private RowCombination() {
    }

    /** y[c0:c1] = sum over r in [r0, r1) of v[vOff + r - r0] A[r, c0:c1]; A(r, c) at a[r * lda + c]. */
    static void of(double[] a, int lda, int r0, int r1, int c0, int c1, double[] v, int vOff, double[] y) {
        int cols = c1 - c0;
        if (cols <= 0) {
            return;
        }
        long elements = (long) (r1 - r0) * cols;
        int chunks = (cols + CHUNK - 1) / CHUNK;
        if (elements < PARALLEL_ELEMENTS || chunks == 1 || Workers.THREADS == 1) {
            rows(a, lda, r0, r1, c0, c1, v, vOff, y);
            return;
        }
        Workers.forEachChunk(chunks, ch -> rows(a, lda, r0, r1, c0 + ch * CHUNK, Math.min(c1, c0 + (ch + 1) * CHUNK),
                v, vOff, y));
    }

    private static void rows(double[] a, int lda, int r0, int r1, int c0, int c1, double[] v, int vOff, double[] y) {
        java.util.Arrays.fill(y, c0, c1, 0.0);
        int r = r0;
        // four rows per pass over y: a quarter of the loads and stores of y, the same order of additions
        for (; r + 4 <= r1; r += 4) {
            double v0 = v[vOff + r - r0];
            double v1 = v[vOff + r - r0 + 1];
            double v2 = v[vOff + r - r0 + 2];
            double v3 = v[vOff + r - r0 + 3];
            int a0 = r * lda;
            int a1 = a0 + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            for (int c = c0; c < c1; c++) {
                y[c] = y[c] + v0 * a[a0 + c] + v1 * a[a1 + c] + v2 * a[a2 + c] + v3 * a[a3 + c];
            }
        }
        for (; r < r1; r++) {
            double vr = v[vOff + r - r0];
            int ar = r * lda;
            for (int c = c0; c < c1; c++) {
                y[c] += vr * a[ar + c];
            }
        }
    }
}
