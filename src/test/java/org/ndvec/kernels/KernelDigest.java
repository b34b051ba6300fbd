package org.ndvec.kernels;

import java.util.Random;

/**
 * A fingerprint of what the sum-like kernels return (row sums, squared deviations, extremes and
 * their positions, Gram sums, lane rows and their folds) over tail-heavy sizes and awkward data,
 * repeated so that the later repetitions run C2-compiled code. {@link KernelWidthsTest} runs it
 * in child JVMs with other vector widths and compares the fingerprints.
 */
final class KernelDigest {
    private long h = 1;

    private KernelDigest() {
    }

    private void mix(double v) {
        h = h * 1000003 + Double.doubleToLongBits(v); // every NaN maps to one value
    }

    /** The fingerprint of one pass over the data. */
    static long of(ReductionKernels k, JacobiKernels jk) {
        KernelDigest d = new KernelDigest();
        d.run(k, jk);
        return d.h;
    }

    private void run(ReductionKernels k, JacobiKernels jk) {
        Random rnd = new Random(5);
        for (int n = 1; n < 300; n += n < 70 ? 1 : 37) {
            for (int kind = 0; kind < 3; kind++) {
                double[] d = new double[n + 3];
                float[] f = new float[n + 3];
                for (int i = 0; i < d.length; i++) {
                    double v = kind == 0 ? rnd.nextGaussian()
                            : kind == 1 ? Math.scalb(rnd.nextDouble() - 0.5, rnd.nextInt(100) - 50)
                            : rnd.nextInt(30) == 0 ? Double.NaN : rnd.nextGaussian() * 1e10;
                    d[i] = v;
                    f[i] = (float) v;
                }
                mix(k.sum(d, 1, n));
                mix(k.sum(f, 2, n));
                mix(k.sumSquaredDeviations(d, 0, n, 0.3));
                mix(k.sumSquaredDeviations(f, 1, n, 0.3));
                mix(k.max(d, 1, n));
                mix(k.min(f, 1, n));
                mix(k.argmax(d, 0, n));
                mix(k.argmin(f, 2, n));
                double[] g = new double[3];
                jk.gram(d, 0, 1, n + 1, g);
                mix(g[0]);
                mix(g[1]);
                mix(g[2]);
                double[] yd = new double[n / 2 + 1];
                mix(jk.dotAxpy(d, 1, d, n / 2, 0.7, yd, 1, n / 2));
                for (double v : yd) {
                    mix(v);
                }
                if (n >= 4) {
                    double[] g5 = new double[5];
                    jk.gram4(d, 0, n / 4, n / 4 * 3, n / 4, g5);
                    for (double v : g5) {
                        mix(v);
                    }
                }
                int w = 1 + n % 23;
                int rows = (n + 3) / w;
                double[] lanes = new double[32 * w];
                double[] out = new double[w];
                for (int l = 0; l < Math.min(rows, 16); l++) {
                    k.accumulateLane(d, l * w, 16 * w, (rows - l + 15) / 16, lanes, l * w, (16 + l) * w, w);
                }
                k.foldCompensatedLanes(lanes, w, out, 0, null, 0);
                for (double v : out) {
                    mix(v);
                }
                lanes = new double[32 * w];
                for (int l = 0; l < Math.min(rows, 32); l++) {
                    k.accumulateLane(f, l * w, 32 * w, (rows - l + 31) / 32, lanes, l * w, w);
                }
                k.foldLanes(lanes, w, out, 0);
                for (double v : out) {
                    mix(v);
                }
            }
        }
    }

    /** Prints "first last": the fingerprint of the first (interpreted) and the 30th pass of the vector kernels. */
    public static void main(String[] args) {
        ReductionKernels k = KernelProvider.vector(ReductionKernels.class,
                "org.ndvec.kernels.vector.VectorReductionKernels").orElseThrow();
        JacobiKernels jk = KernelProvider.vector(JacobiKernels.class,
                "org.ndvec.kernels.vector.VectorJacobiKernels").orElseThrow();
        long first = of(k, jk);
        long last = first;
        for (int rep = 1; rep < 30; rep++) {
            last = of(k, jk);
        }
        System.out.println(Long.toHexString(first) + " " + Long.toHexString(last));
    }
}
