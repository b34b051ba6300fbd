package org.ndvec.ops;

import java.util.Arrays;

/**
 * Selection of order statistics in {@code long} keys ({@link OrderKeys}), as NumPy's
 * {@code partition} does it: quickselect with a median-of-three pivot and Hoare partitioning (runs
 * of equal keys split evenly, so they cost no extra passes), finished by insertion sort on short
 * ranges. Introselect's guard bounds the worst case: after {@code 2 log2(n)} rounds that did not
 * finish, the remaining range is sorted, {@code O(n log n)}.
 */
final class Introselect {
    /** Ranges this short are insertion-sorted (the usual cut-off; 16 to 32 measured alike). */
    private static final int SMALL = 24;

    private Introselect() {
    }

    /**
     * Places the key of sorted rank {@code k} at {@code keys[k]}, with no larger key in
     * {@code [lo, k)} and no smaller one in {@code (k, hi)}. Keys outside {@code [lo, hi)} are not
     * touched; the caller guarantees that rank {@code k} lies inside.
     */
    static void select(long[] keys, int lo, int hi, int k) {
        int l = lo;
        int r = hi - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(hi - lo));
        while (r - l > SMALL) {
            if (budget-- == 0) {
                Arrays.sort(keys, l, r + 1);
                return;
            }
            long pivot = medianOfThree(keys, l, (l + r) >>> 1, r);
            int i = l;
            int j = r;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = keys[i];
                    keys[i++] = keys[j];
                    keys[j--] = t;
                }
            }
            // [l, j] <= pivot, (j, i) == pivot, [i, r] >= pivot
            if (k <= j) {
                r = j;
            } else if (k >= i) {
                l = i;
            } else {
                return;
            }
        }
        for (int i = l + 1; i <= r; i++) {
            long v = keys[i];
            int j = i - 1;
            while (j >= l && keys[j] > v) {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = v;
        }
    }

    /**
     * Places every position of {@code ranks[0, count)} (ascending, without repeats, inside
     * {@code [lo, hi)}) in {@code keys[lo, hi)}, each selection working only on what lies after the
     * previous one. A position right after a placed one is the minimum of the rest, found by one
     * scan instead of a selection (the even-length median's second value, a quantile's upper
     * neighbour).
     */
    static void selectAll(long[] keys, int lo, int hi, int[] ranks, int count) {
        int from = lo;
        int previous = lo - 2;
        for (int i = 0; i < count; i++) {
            int k = ranks[i];
            if (k == previous + 1) {
                int m = k;
                for (int j = k + 1; j < hi; j++) {
                    if (keys[j] < keys[m]) {
                        m = j;
                    }
                }
                long t = keys[k];
                keys[k] = keys[m];
                keys[m] = t;
            } else {
                select(keys, from, hi, k);
            }
            from = k + 1;
            previous = k;
        }
    }

    /** Orders the three keys in place and returns the middle one. */
    private static long medianOfThree(long[] keys, int a, int b, int c) {
        if (keys[b] < keys[a]) {
            swap(keys, a, b);
        }
        if (keys[c] < keys[b]) {
            swap(keys, b, c);
            if (keys[b] < keys[a]) {
                swap(keys, a, b);
            }
        }
        return keys[b];
    }

    private static void swap(long[] keys, int i, int j) {
        long t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
    }
}
