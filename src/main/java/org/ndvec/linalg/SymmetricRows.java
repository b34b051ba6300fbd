package org.ndvec.linalg;

import org.ndvec.kernels.JacobiKernels;
import org.ndvec.parallel.Workers;

/**
 * {@code y = A v} for a symmetric block {@code A = a[s:n, s:n]} of a row-major n x n matrix,
 * reading only its upper triangle: row r adds {@code v[r] A[r, r+1:]} to {@code y[r+1:]} and
 * gives {@code y[r]} its dot product with {@code v[r+1:]}, both in one pass over the row
 * ({@link JacobiKernels#dotAxpy}). Half the reads of the whole-row product, which is bound by
 * them: the tridiagonalization's products read n^3 / 3 elements in all, most of eigh's time.
 *
 * <p>Large blocks split the rows into two parts of equal area, each adding into its own y on
 * {@link Workers}; the parts' sums are then added in order. The split depends on the size only,
 * so the bits do not depend on the thread count.
 */
final class SymmetricRows {
    /** From this many elements in the triangle, two parts (about 60 us of reading each). */
    private static final long SPLIT_ELEMENTS = 1L << 17;

    private SymmetricRows() {
    }

    /** y[s:n] = a[s:n, s:n] v, v[r] at {@code v[vOff + r - s]}; {@code y} has n elements. */
    static void product(JacobiKernels k, double[] a, int n, int s, double[] v, int vOff, double[] y) {
        int len = n - s;
        if ((long) len * (len + 1) / 2 < SPLIT_ELEMENTS) {
            rows(k, a, n, s, s, n, v, vOff, y);
            return;
        }
        // rows [mid, n) hold half the triangle's elements: (n - mid)^2 / 2 = len^2 / 4
        int mid = n - (int) Math.round(len / Math.sqrt(2));
        double[] second = new double[n];
        Workers.forEachChunk(2, part -> {
            if (part == 0) {
                rows(k, a, n, s, s, mid, v, vOff, y);
            } else {
                rows(k, a, n, s, mid, n, v, vOff, second);
            }
        });
        for (int c = mid; c < n; c++) {
            y[c] += second[c];
        }
    }

    /** The contributions of rows [r0, r1) of the block to out[s:n] (out zeroed there first). */
    private static void rows(JacobiKernels k, double[] a, int n, int s, int r0, int r1, double[] v, int vOff,
            double[] out) {
        java.util.Arrays.fill(out, s, n, 0.0);
        for (int r = r0; r < r1; r++) {
            double vr = v[vOff + r - s];
            int row = r * n;
            double dot = k.dotAxpy(a, row + r + 1, v, vOff + r - s + 1, vr, out, r + 1, n - r - 1);
            out[r] += a[row + r] * vr + dot;
        }
    }
}
