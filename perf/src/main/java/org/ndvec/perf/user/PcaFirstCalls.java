package org.ndvec.perf.user;

import org.ndvec.NDArray;
import org.ndvec.linalg.Linalg;
import org.ndvec.random.RandomState;

/**
 * PCA as a feature pipeline meets it, run as a whole process by {@code perf/user/run.py}: the
 * principal axes of 100,000 samples x 64 float64 features (uniform in [0, 1), feature j scaled by
 * 1 + j / 8), ten times through the covariance and {@code eigh}, then ten times through the SVD of
 * the centred data, in a fresh JVM. Prints the time of calls #1 and #10 of each, in nanoseconds,
 * as JSON; the largest eigenvalue and singular value are printed too, to show both sides did the
 * same work. Its NumPy twin is {@code perf/user/pca_first_calls.py}.
 */
public final class PcaFirstCalls {
    private static final int CALLS = 10;

    private PcaFirstCalls() {
    }

    public static void main(String[] args) {
        double[] scale = new double[64];
        for (int j = 0; j < 64; j++) {
            scale[j] = 1 + j / 8.0;
        }
        NDArray x = new RandomState(7).random(100_000, 64).mul(NDArray.wrap(scale, 64));
        long[] eigh = new long[CALLS];
        long[] svd = new long[CALLS];
        double topValue = 0;
        double topSingular = 0;
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            // np.linalg.eigh(np.cov(x, rowvar=False)), written out
            NDArray centered = x.sub(x.mean(0));
            Linalg.EighResult r = Linalg.eigh(centered.T().matmul(centered).div(x.shape()[0] - 1));
            eigh[i] = System.nanoTime() - t0;
            topValue = r.eigenvalues().getDouble(63);
        }
        for (int i = 0; i < CALLS; i++) {
            long t0 = System.nanoTime();
            // np.linalg.svd(x - x.mean(0), full_matrices=False)
            Linalg.SvdResult r = Linalg.svd(x.sub(x.mean(0)));
            svd[i] = System.nanoTime() - t0;
            topSingular = r.s().getDouble(0);
        }
        System.out.printf("{\"eigh_call_1\": %d, \"eigh_call_10\": %d, \"svd_call_1\": %d, \"svd_call_10\": %d, "
                + "\"top_eigenvalue\": %.6f, \"top_singular_value\": %.6f}%n",
                eigh[0], eigh[CALLS - 1], svd[0], svd[CALLS - 1], topValue, topSingular);
    }
}
