package org.ndvec.indexing;

/**
 * Quickselect on unsigned sort keys carrying their positions: afterwards position {@code k}
 * holds the key a full sort would put there, with no larger key before it and no smaller
 * key after it. Linear on average; three-way partitioning keeps runs of equal keys
 * (common after NaN canonicalization) from degrading it. Backs {@code partition},
 * {@code argpartition} and {@code topK}.
 */
final class Select {
    /** Ranges this short are finished by insertion sort. */
    private static final int SMALL = 16;

    private Select() {
    }

    /**
     * Places the key of sorted position {@code k} among {@code [from, n)}; keys before {@code from}
     * must already be no larger than any key from there on (an earlier select placed them).
     */
    static void select(long[] keys, int[] idx, int from, int n, int k) {
        int lo = from;
        int hi = n - 1;
        while (hi - lo > SMALL) {
            long pivot = median(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
            // Dutch national flag: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                int c = Long.compareUnsigned(keys[i], pivot);
                if (c < 0) {
                    swap(keys, idx, lt++, i++);
                } else if (c > 0) {
                    swap(keys, idx, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return;
            }
        }
        SortKeys.insertion(keys, idx, lo, hi + 1);
    }

    private static long median(long a, long b, long c) {
        if (Long.compareUnsigned(a, b) > 0) {
            long t = a;
            a = b;
            b = t;
        }
        if (Long.compareUnsigned(b, c) > 0) {
            b = c;
        }
        return Long.compareUnsigned(a, b) > 0 ? a : b;
    }

    private static void swap(long[] keys, int[] idx, int i, int j) {
        long t = keys[i];
        keys[i] = keys[j];
        keys[j] = t;
        int x = idx[i];
        idx[i] = idx[j];
        idx[j] = x;
    }
}
