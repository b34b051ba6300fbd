package org.ndvec.indexing;

/**
 * Order-preserving maps from element values to unsigned integer keys, so that every dtype
 * sorts as plain integers: comparing keys as unsigned numbers gives NumPy's order, where
 * NaN sorts after +inf. Then least-significant-digit radix passes sort the keys, stable,
 * in linear time (benchmarks {@code sort_f32_1m} and {@code argsort_f32_1m}).
 */
final class SortKeys {
    /** Key of every NaN (bits of the canonical quiet NaN, above +inf once mapped). */
    private static final int NAN_BITS = 0x7fc00000;
    private static final long NAN_BITS_64 = 0x7ff8000000000000L;

    private SortKeys() {
    }

    /** float32 bits to an unsigned-ordered key; NaNs collapse to one key after +inf. */
    static int key(float v, boolean mergeZeros) {
        int bits = v != v ? NAN_BITS : Float.floatToRawIntBits(mergeZeros && v == 0 ? 0f : v);
        return bits ^ ((bits >> 31) | 0x80000000);
    }

    /** Inverse of {@link #key(float, boolean)}. */
    static float fromKey(int key) {
        int bits = key < 0 ? key ^ 0x80000000 : ~key;
        return Float.intBitsToFloat(bits);
    }

    static long key(double v, boolean mergeZeros) {
        long bits = v != v ? NAN_BITS_64 : Double.doubleToRawLongBits(mergeZeros && v == 0 ? 0d : v);
        return bits ^ ((bits >> 63) | 0x8000000000000000L);
    }

    static double fromKey(long key) {
        long bits = key < 0 ? key ^ 0x8000000000000000L : ~key;
        return Double.longBitsToDouble(bits);
    }

    /**
     * Stable LSD radix sort of unsigned int keys, 3 passes of 11 bits, moving {@code idx}
     * (may be null) along. Passes where every key has the same digit are skipped.
     */
    static void sort(int[] keys, int[] idx, int n) {
        int[] k2 = new int[n];
        int[] i2 = idx == null ? null : new int[n];
        int[][] counts = new int[3][2048];
        for (int i = 0; i < n; i++) {
            int k = keys[i];
            counts[0][k & 0x7ff]++;
            counts[1][(k >>> 11) & 0x7ff]++;
            counts[2][k >>> 22]++;
        }
        int[] src = keys;
        int[] dst = k2;
        int[] isrc = idx;
        int[] idst = i2;
        for (int pass = 0; pass < 3; pass++) {
            int[] c = counts[pass];
            if (trivial(c, n)) {
                continue;
            }
            int shift = 11 * pass;
            int sum = 0;
            for (int b = 0; b < 2048; b++) {
                int t = c[b];
                c[b] = sum;
                sum += t;
            }
            if (isrc == null) {
                for (int i = 0; i < n; i++) {
                    int k = src[i];
                    dst[c[(k >>> shift) & 0x7ff]++] = k;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int k = src[i];
                    int p = c[(k >>> shift) & 0x7ff]++;
                    dst[p] = k;
                    idst[p] = isrc[i];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
            t = isrc;
            isrc = idst;
            idst = t;
        }
        if (src != keys) {
            System.arraycopy(src, 0, keys, 0, n);
            if (idx != null) {
                System.arraycopy(isrc, 0, idx, 0, n);
            }
        }
    }

    /** Stable LSD radix sort of unsigned long keys, 8 passes of 8 bits (trivial passes skipped). */
    static void sort(long[] keys, int[] idx, int n) {
        long[] k2 = new long[n];
        int[] i2 = idx == null ? null : new int[n];
        int[][] counts = new int[8][256];
        for (int i = 0; i < n; i++) {
            long k = keys[i];
            for (int p = 0; p < 8; p++) {
                counts[p][(int) (k >>> (8 * p)) & 0xff]++;
            }
        }
        long[] src = keys;
        long[] dst = k2;
        int[] isrc = idx;
        int[] idst = i2;
        for (int pass = 0; pass < 8; pass++) {
            int[] c = counts[pass];
            if (trivial(c, n)) {
                continue;
            }
            int shift = 8 * pass;
            int sum = 0;
            for (int b = 0; b < 256; b++) {
                int t = c[b];
                c[b] = sum;
                sum += t;
            }
            for (int i = 0; i < n; i++) {
                long k = src[i];
                int p = c[(int) (k >>> shift) & 0xff]++;
                dst[p] = k;
                if (isrc != null) {
                    idst[p] = isrc[i];
                }
            }
            long[] t = src;
            src = dst;
            dst = t;
            int[] ti = isrc;
            isrc = idst;
            idst = ti;
        }
        if (src != keys) {
            System.arraycopy(src, 0, keys, 0, n);
            if (idx != null) {
                System.arraycopy(isrc, 0, idx, 0, n);
            }
        }
    }

    /** Stable insertion sort of {@code [lo, hi)} by unsigned key, for short runs. */
    static void insertion(int[] keys, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int k = keys[i];
            int x = idx[i];
            int j = i - 1;
            while (j >= lo && Integer.compareUnsigned(keys[j], k) > 0) {
                keys[j + 1] = keys[j];
                idx[j + 1] = idx[j];
                j--;
            }
            keys[j + 1] = k;
            idx[j + 1] = x;
        }
    }

    /** Stable insertion sort of {@code [lo, hi)} by unsigned key, for short runs. */
    static void insertion(long[] keys, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long k = keys[i];
            int x = idx[i];
            int j = i - 1;
            while (j >= lo && Long.compareUnsigned(keys[j], k) > 0) {
                keys[j + 1] = keys[j];
                idx[j + 1] = idx[j];
                j--;
            }
            keys[j + 1] = k;
            idx[j + 1] = x;
        }
    }

    private static boolean trivial(int[] counts, int n) {
        for (int c : counts) {
            if (c == n) {
                return true;
            }
            if (c != 0) {
                return false;
            }
        }
        return n == 0;
    }
}
