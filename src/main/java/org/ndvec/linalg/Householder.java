package org.ndvec.linalg;

/**
 * Elementary reflectors {@code H = I - tau v v^T} (v[0] = 1) as LAPACK's dlarfg makes them:
 * {@code H [alpha; x] = [beta; 0]} with {@code beta = -sign(alpha) ||[alpha; x]||}, so the
 * reflected vector keeps no cancellation and the factorizations' signs agree with LAPACK's.
 */
final class Householder {
    /** Smallest |beta| used without rescaling: 2^-1022 / 2^-53, LAPACK's safmin / eps. */
    private static final double SAFE_MIN = 0x1p-969;
    /** Sums of squares inside (TINY, HUGE) are computed without scaling (no underflow to 0, no overflow). */
    private static final double TINY = 0x1p-900;
    private static final double HUGE = 0x1p900;

    private Householder() {
    }

    /**
     * Turns {@code x[off .. off+len)} (the tail below alpha) into v's tail and returns tau;
     * {@code beta[0]} receives the new leading value. tau = 0 (H = I) when the tail is zero.
     */
    static double generate(double alpha, double[] x, int off, int len, double[] beta) {
        double xnorm = norm(x, off, len);
        if (xnorm == 0) {
            beta[0] = alpha;
            return 0;
        }
        double b = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
        int rescaled = 0;
        // a tiny beta would make 1 / (alpha - beta) overflow: scale up first (dlarfg's loop)
        while (Math.abs(b) < SAFE_MIN && rescaled < 20) {
            rescaled++;
            scale(x, off, len, 1 / SAFE_MIN);
            b /= SAFE_MIN;
            alpha /= SAFE_MIN;
        }
        if (rescaled > 0) {
            xnorm = norm(x, off, len);
            b = -Math.copySign(Math.hypot(alpha, xnorm), alpha);
        }
        double tau = (b - alpha) / b;
        scale(x, off, len, 1 / (alpha - b));
        for (int k = 0; k < rescaled; k++) {
            b *= SAFE_MIN;
        }
        beta[0] = b;
        return tau;
    }

    /** Euclidean norm of {@code x[off .. off+len)} without spurious overflow or underflow. */
    static double norm(double[] x, int off, int len) {
        double s = dot(x, off, off, len);
        int i;
        if (s > TINY && s < HUGE) {
            return Math.sqrt(s);
        }
        double big = 0;
        for (i = 0; i < len; i++) {
            big = Math.max(big, Math.abs(x[off + i]));
        }
        if (big == 0 || !Double.isFinite(big)) {
            return big == 0 ? 0 : s;
        }
        double t = 0;
        for (i = 0; i < len; i++) {
            double y = x[off + i] / big;
            t += y * y;
        }
        return big * Math.sqrt(t);
    }

    /** {@code x[a .. a+len) . x[b .. b+len)}. */
    static double dot(double[] x, int a, int b, int len) {
        // four partial sums: one sum is a chain of dependent additions (4 cycles each)
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            s0 += x[a + i] * x[b + i];
            s1 += x[a + i + 1] * x[b + i + 1];
            s2 += x[a + i + 2] * x[b + i + 2];
            s3 += x[a + i + 3] * x[b + i + 3];
        }
        for (; i < len; i++) {
            s0 += x[a + i] * x[b + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static void scale(double[] x, int off, int len, double f) {
        for (int i = 0; i < len; i++) {
            x[off + i] *= f;
        }
    }
}
