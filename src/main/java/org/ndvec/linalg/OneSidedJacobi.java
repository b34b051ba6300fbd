package org.ndvec.linalg;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.kernels.JacobiKernels;

/**
 * One-sided (Hestenes) Jacobi sweeps: rotates pairs of rows of W (and the same pairs of V^T)
 * until every pair is orthogonal to LAPACK dgesvj's tolerance. Three ways to spend less than
 * three fresh dot products per pair, none changing the test a pair is decided by:
 * <ul>
 *   <li>A pair whose rows no rotation has moved since the previous sweep decided it is skipped:
 *       its dot products would have the same bits, so the same decision.
 *   <li>A sweep after one that rotated few pairs, with many pairs still to decide, is screened by
 *       one product W W^T (pairs far inside the tolerance there are skipped).
 *   <li>A sweep after one that rotated many pairs (the first, in practice) takes rows four at a
 *       time and pairs them with each later row in one pass over it ({@link JacobiKernels#gram4}).
 * </ul>
 */
final class OneSidedJacobi {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_SWEEPS = 80;
    /**
     * A pair whose cosine in a screening Gram product is below this fraction of the Jacobi tolerance
     * (sqrt(m) eps) is taken as orthogonal without its own dot products. The two sums round
     * differently, typically by a few eps of |x| |y|, so only pairs far inside the tolerance are
     * skipped; the rest are decided exactly as without the screen.
     */
    private static final double SCREEN_FRACTION = 0.125;
    /** A sweep is screened when the sweep before it rotated at most one pair in this many... */
    private static final int SCREEN_ROTATED_RATIO = 4;
    /**
     * ...and more than one pair in this many is left to decide. The screen's product cost as much
     * as fresh dot products for about a sixth of the pairs at n = 1024 (22 ms against 240 ns a
     * pair, svd_f64_1024); with fewer, the pairs are decided directly.
     */
    private static final int SCREEN_PAIRS_RATIO = 6;
    /** Rows per block of a blocked sweep: {@link JacobiKernels#gram4}'s four. */
    private static final int BLOCK = 4;

    private final JacobiKernels k;
    private final double[] w;
    private final double[] vt;
    private final int n;
    private final int m;
    /** LAPACK dgesvj's convergence test: a pair counts as orthogonal once its cosine is below this. */
    private final double tol;
    /** Rows a rotation moved in the sweep under way. */
    private final boolean[] moved;
    private final double[] g3 = new double[3];
    private double[] gram;
    private long rotations;

    private OneSidedJacobi(JacobiKernels k, double[] w, double[] vt, int n, int m) {
        this.k = k;
        this.w = w;
        this.vt = vt;
        this.n = n;
        this.m = m;
        // sqrt(m) eps, as dgesvj: a bound of eps alone kept rotating by rounding noise (9 sweeps at
        // n = 256 against 3-4 with this one, svd_f64_256)
        this.tol = Math.sqrt(m) * EPS;
        this.moved = new boolean[n];
    }

    /**
     * Orthogonalizes the n rows of {@code w} (n x m, row-major), applying every rotation to the n
     * rows of {@code vt} (n x n) as well.
     */
    static void orthogonalize(JacobiKernels k, double[] w, double[] vt, int n, int m) {
        new OneSidedJacobi(k, w, vt, n, m).run();
    }

    private void run() {
        long pairs = (long) n * (n - 1) / 2;
        // rows changed since the previous sweep decided their pairs: all of them before the first
        boolean[] changed = new boolean[n];
        Arrays.fill(changed, true);
        long rotatedBefore = pairs;
        // after the first sweep few pairs rotate: at n = 1024 (uniform in [-1, 1), A V with V from
        // eigh(A^T A), svd_f64_1024) sweep 0 rotated 19,929 of the 523,776 pairs, sweep 1 28, sweep 2 none
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            rotations = 0;
            Arrays.fill(moved, false);
            if (rotatedBefore > pairs / SCREEN_ROTATED_RATIO) {
                blockedSweep();
            } else {
                int unchanged = 0;
                for (boolean c : changed) {
                    unchanged += c ? 0 : 1;
                }
                long open = pairs - (long) unchanged * (unchanged - 1) / 2;
                pairwiseSweep(changed, open > pairs / SCREEN_PAIRS_RATIO ? screen() : null);
            }
            if (rotations == 0) {
                return;
            }
            rotatedBefore = rotations;
            System.arraycopy(moved, 0, changed, 0, n);
        }
    }

    /** W W^T, the screen of a quiet sweep (one triangle, mirrored), into one array kept for every sweep. */
    private double[] screen() {
        if (gram == null) {
            gram = new double[n * n];
        } else {
            Arrays.fill(gram, 0); // the product adds into a zeroed C
        }
        Products.gram(DType.FLOAT64, n, m, w, 0, m, 1, gram, 0);
        return gram;
    }

    /**
     * Pairs in row order, each decided from fresh dot products unless it is settled: neither row
     * changed since the last sweep nor moved in this one, or (with a screen) neither moved in this
     * sweep and the screen's cosine is far inside the tolerance.
     */
    private void pairwiseSweep(boolean[] changed, double[] gram) {
        double screen2 = SCREEN_FRACTION * SCREEN_FRACTION * tol * tol;
        for (int p = 0; p < n - 1; p++) {
            for (int q = p + 1; q < n; q++) {
                boolean still = !moved[p] && !moved[q];
                if (still && !changed[p] && !changed[q]) {
                    continue;
                }
                if (still && gram != null) {
                    double gpq = gram[p * n + q];
                    if (gpq * gpq <= screen2 * (gram[p * n + p] * gram[q * n + q])) {
                        continue;
                    }
                }
                k.gram(w, p * m, q * m, m, g3);
                decide(p, q, g3[0], g3[1], g3[2]);
            }
        }
    }

    /**
     * Every pair, in blocks of four rows: the pairs within a block, then each later row q against
     * the block's four rows in one {@link JacobiKernels#gram4} pass (the same bits as four fresh
     * pairs). A rotation with q makes the block's remaining pairs with q take fresh dot products;
     * each block row's squared norm is carried from pair to pair until a rotation moves it. The
     * last n mod 4 rows pair among themselves in row order.
     */
    private void blockedSweep() {
        double[] g5 = new double[1 + BLOCK];
        double[] norm2 = new double[BLOCK];
        boolean[] normKnown = new boolean[BLOCK];
        int b = 0;
        for (; b + BLOCK <= n; b += BLOCK) {
            pairsAmong(b, b + BLOCK);
            Arrays.fill(normKnown, false);
            for (int q = b + BLOCK; q < n; q++) {
                k.gram4(w, b * m, m, q * m, m, g5);
                boolean qMoved = false;
                for (int j = 0; j < BLOCK; j++) {
                    int p = b + j;
                    double alpha;
                    double beta;
                    double gamma;
                    if (qMoved || !normKnown[j]) {
                        k.gram(w, p * m, q * m, m, g3);
                        alpha = g3[0];
                        beta = g3[1];
                        gamma = g3[2];
                    } else {
                        alpha = norm2[j];
                        beta = g5[0];
                        gamma = g5[1 + j];
                    }
                    boolean rotated = decide(p, q, alpha, beta, gamma);
                    norm2[j] = alpha;
                    normKnown[j] = !rotated;
                    qMoved |= rotated;
                }
            }
        }
        pairsAmong(b, n);
    }

    /** The pairs of rows in [from, to), in row order, from fresh dot products. */
    private void pairsAmong(int from, int to) {
        for (int p = from; p < to - 1; p++) {
            for (int q = p + 1; q < to; q++) {
                k.gram(w, p * m, q * m, m, g3);
                decide(p, q, g3[0], g3[1], g3[2]);
            }
        }
    }

    /**
     * Rotates rows p and q of W and V^T when their cosine gamma / sqrt(alpha beta) exceeds the
     * tolerance; alpha, beta: the rows' squared norms, gamma: their dot product.
     */
    private boolean decide(int p, int q, double alpha, double beta, double gamma) {
        if (gamma == 0 || Math.abs(gamma) <= tol * Math.sqrt(alpha * beta)) {
            return false;
        }
        rotations++;
        moved[p] = true;
        moved[q] = true;
        double zeta = (beta - alpha) / (2 * gamma);
        double t = Math.copySign(1.0, zeta) / (Math.abs(zeta) + Math.hypot(zeta, 1.0));
        double c = 1 / Math.sqrt(1 + t * t);
        double s = c * t;
        k.rotate(w, p * m, q * m, m, c, s);
        k.rotate(vt, p * n, q * n, n, c, s);
        return true;
    }
}
