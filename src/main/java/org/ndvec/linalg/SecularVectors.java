package org.ndvec.linalg;

/**
 * The vectors of a rank-one modification from the roots of its {@link SecularEquation}. The
 * weights z are first recomputed from the computed roots (Gu and Eisenstat): the matrix with those
 * weights has exactly the computed roots as eigenvalues, so vectors built from the differences
 * {@code P_j - lambda_i} are orthogonal to working precision, however close the roots are.
 */
final class SecularVectors {
    private SecularVectors() {
    }

    /**
     * The recomputed weights: {@code |z_i|^2 = prod_j (P_i - lambda_j) / prod_{j != i} (P_i - P_j)},
     * signs from w. Each root is paired with a neighbouring pole (root j with pole j below i,
     * with pole j+1 from i on, as LAPACK's dlasd3), so every factor stays near 1 and the running
     * product neither overflows nor underflows.
     *
     * @param diffs  {@code diffs[j*k + i] = P_i - lambda_j} (root j, pole i)
     * @param d      the poles' roots when squared ({@code P_i = d_i^2}), else the poles
     */
    static double[] weights(double[] d, boolean squared, double[] w, double[] diffs, int k) {
        double[] prod = new double[k];
        System.arraycopy(diffs, (k - 1) * k, prod, 0, k);
        for (int j = 0; j < k - 1; j++) {
            int row = j * k;
            double dj = d[j];
            double dj1 = d[j + 1];
            for (int i = 0; i <= j; i++) {
                double gap = squared ? (d[i] - dj1) * (d[i] + dj1) : d[i] - dj1;
                prod[i] *= diffs[row + i] / gap;
            }
            for (int i = j + 1; i < k; i++) {
                double gap = squared ? (d[i] - dj) * (d[i] + dj) : d[i] - dj;
                prod[i] *= diffs[row + i] / gap;
            }
        }
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            z[i] = Math.copySign(Math.sqrt(Math.abs(prod[i])), w[i]);
        }
        return z;
    }

    /**
     * Eigenvectors of {@code diag(d) + rho z z^T} as rows (k x k): row i is
     * {@code z_j / (d_j - lambda_i)} normalized, with {@code delta[i*k + j] = d_j - lambda_i}.
     */
    static double[] eigen(double[] d, double[] w, double[] delta, int k) {
        double[] z = weights(d, false, w, delta, k);
        double[] st = new double[k * k];
        for (int i = 0; i < k; i++) {
            int row = i * k;
            for (int j = 0; j < k; j++) {
                st[row + j] = z[j] / delta[row + j];
            }
            Householder.scale(st, row, k, 1 / Householder.norm(st, row, k));
        }
        return st;
    }
}
