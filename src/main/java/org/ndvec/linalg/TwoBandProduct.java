package org.ndvec.linalg;

/**
 * The product that updates the vectors in a divide-and-conquer merge: {@code Q[:, cols] S}, where
 * Q stacks the two subproblems' vectors, so a column that came from one subproblem is zero in the
 * other's rows ("band"); only columns mixed by a deflating rotation are nonzero in both. Each
 * band is multiplied by the rows of S that meet it: with few mixed columns this halves the flops
 * of one dense product (LAPACK's dlaed3/dlasd3 column types).
 */
final class TwoBandProduct {
    private TwoBandProduct() {
    }

    /**
     * @param q      rows x ldq, row-major
     * @param split  first row of the bottom band
     * @param cols   the columns of Q taken, in the order of S's rows
     * @param top    whether column c of Q has nonzeros in rows [0, split)
     * @param bottom whether column c has nonzeros in rows [split, rows)
     * @param s      cols.length x width: S(x, c) at {@code s[x*sRow + c*sCol]}
     * @return rows x width, row-major
     */
    static double[] multiply(double[] q, int rows, int ldq, int split, int[] cols, boolean[] top, boolean[] bottom,
            double[] s, int sRow, int sCol, int width) {
        double[] r = new double[rows * width];
        band(q, ldq, 0, split, cols, top, s, sRow, sCol, width, r);
        band(q, ldq, split, rows, cols, bottom, s, sRow, sCol, width, r);
        return r;
    }

    private static void band(double[] q, int ldq, int r0, int r1, int[] cols, boolean[] present, double[] s, int sRow,
            int sCol, int width, double[] r) {
        int rows = r1 - r0;
        int count = 0;
        for (int c : cols) {
            count += present[c] ? 1 : 0;
        }
        if (rows == 0 || count == 0) {
            return;
        }
        double[] a = new double[rows * count];
        double[] b = new double[count * width];
        int[] sel = new int[count];
        int t = 0;
        for (int x = 0; x < cols.length; x++) {
            if (present[cols[x]]) {
                sel[t] = cols[x];
                for (int c = 0; c < width; c++) {
                    b[t * width + c] = s[x * sRow + c * sCol];
                }
                t++;
            }
        }
        // gathered row by row: each source row is read once, in cache
        for (int i = 0; i < rows; i++) {
            int src = (r0 + i) * ldq;
            int dst = i * count;
            for (int x = 0; x < count; x++) {
                a[dst + x] = q[src + sel[x]];
            }
        }
        DoubleGemm.product(rows, width, count, a, 0, count, 1, b, 0, width, 1, r, r0 * width, width);
    }
}
