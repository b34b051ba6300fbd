package org.ndvec.kernels.tiered;

/**
 * Deterministic data for warm-up calls: values in a range every kernel handles on its ordinary
 * path ([-8, 8) for floats, [-40, 40) for integers, so shift counts cover both in-range and
 * out-of-range lanes), from a fixed LCG so that warm-up never depends on the user's data.
 */
final class Scratch {
    private Scratch() {
    }

    static float[] ofFloat32(int n, int seed) {
        float[] a = new float[n];
        long s = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            a[i] = ((s >>> 40) - (1 << 23)) * 0x1p-20f;
        }
        return a;
    }

    static double[] ofFloat64(int n, int seed) {
        double[] a = new double[n];
        float[] f = ofFloat32(n, seed);
        for (int i = 0; i < n; i++) {
            a[i] = f[i] * (1 + 0x1p-30 * i);
        }
        return a;
    }

    static int[] ofInt32(int n, int seed) {
        int[] a = new int[n];
        float[] f = ofFloat32(n, seed);
        for (int i = 0; i < n; i++) {
            a[i] = (int) (f[i] * 5);
        }
        return a;
    }

    static long[] ofInt64(int n, int seed) {
        long[] a = new long[n];
        float[] f = ofFloat32(n, seed);
        for (int i = 0; i < n; i++) {
            a[i] = (long) (f[i] * 5);
        }
        return a;
    }

    static byte[] bytes(int n) {
        byte[] a = new byte[n];
        for (int i = 0; i < n; i++) {
            a[i] = (byte) (i % 3 == 0 ? 1 : 0);
        }
        return a;
    }
}
