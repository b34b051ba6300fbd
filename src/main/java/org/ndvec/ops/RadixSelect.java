package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.parallel.Workers;

/**
 * Order statistics of one long lane (the median of a million values) with passes that run on every
 * core, where quickselect is one sequential chain of partitions: keys are loaded ({@link OrderKeys},
 * NaNs left out), counted into 2^16 buckets of their value range, and only the elements of the
 * buckets that hold a wanted rank are gathered and selected ({@link Introselect}). The work is cut
 * into chunks of a fixed number of elements, so the chunks (and the integer counts) never depend on
 * the thread count; the selected values are unique anyway.
 */
final class RadixSelect {
    /**
     * Lanes at least this long take this path. Below it one quickselect per lane wins (many lanes
     * already run in parallel, and 2^16 buckets outweigh a short lane): benchmark
     * median_f64_1m and a sweep of single lanes from 2^14 to 2^20 (see OrderStatisticsBench).
     */
    static final int MIN_LENGTH = 1 << 16;
    /** Elements per chunk of every pass: 2^18 keys (2 MiB) per task, 4 tasks for 1M elements. */
    private static final int CHUNK = 1 << 18;
    private static final int BUCKET_BITS = 16;

    private RadixSelect() {
    }

    /** Selects and combines the one lane {@code data[off + j * stride]}, {@code j < n}, into lane 0 of {@code result}. */
    static void lane(Object data, int off, int stride, int n, OrderStatistics.LaneJob job, Object result) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        long[] keys = new long[n];
        int[] kept = new int[chunks];
        long[] min = new long[chunks];
        long[] max = new long[chunks];
        Workers.forEachChunk(chunks, c -> {
            int from = c * CHUNK;
            int len = Math.min(CHUNK, n - from);
            int k = OrderKeys.load(data, off + from * stride, stride, len, keys, from);
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (int i = from; i < from + k; i++) {
                lo = Math.min(lo, keys[i]);
                hi = Math.max(hi, keys[i]);
            }
            kept[c] = k;
            min[c] = lo;
            max[c] = hi;
        });
        // pack the chunks' keys together when NaNs left gaps
        int valid = kept[0];
        for (int c = 1; c < chunks; c++) {
            if (valid != c * CHUNK) {
                System.arraycopy(keys, c * CHUNK, keys, valid, kept[c]);
            }
            valid += kept[c];
        }
        if (job.nanResult(valid, valid < n)) {
            job.writeNaN(result, 0, 1);
            return;
        }
        long lo = Arrays.stream(min).min().getAsLong();
        long hi = Arrays.stream(max).max().getAsLong();
        int[] ranks = job.ranks(valid);
        int rankCount = job.rankCount();
        if (lo == hi) {
            job.write(rank -> lo, result, 0, 1);
            return;
        }
        // buckets of equal width over [lo, hi]; the range is taken unsigned (float keys span 2^64)
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(hi - lo) - BUCKET_BITS);
        int buckets = (int) ((hi - lo) >>> shift) + 1;
        int total = valid;
        int parts = (total + CHUNK - 1) / CHUNK;
        int[][] counts = new int[parts][];
        Workers.forEachChunk(parts, c -> {
            int[] h = new int[buckets];
            for (int i = c * CHUNK, end = Math.min(total, (c + 1) * CHUNK); i < end; i++) {
                h[(int) ((keys[i] - lo) >>> shift)]++;
            }
            counts[c] = h;
        });
        // the bucket of every wanted rank, and where each wanted bucket's elements go
        int[] slot = new int[buckets];
        Arrays.fill(slot, -1);
        int[] rankBucket = new int[rankCount];
        int[] bucketStart = new int[rankCount];
        int[] regionStart = new int[rankCount + 1];
        int wanted = 0;
        int r = 0;
        int below = 0;
        for (int b = 0; b < buckets && r < rankCount; b++) {
            int size = 0;
            for (int[] h : counts) {
                size += h[b];
            }
            if (ranks[r] < below + size) {
                slot[b] = wanted;
                bucketStart[wanted] = below;
                regionStart[wanted + 1] = regionStart[wanted] + size;
                wanted++;
                while (r < rankCount && ranks[r] < below + size) {
                    rankBucket[r++] = wanted - 1;
                }
            }
            below += size;
        }
        int regions = wanted;
        // every chunk writes its elements of the wanted buckets after those of the chunks before it
        int[][] cursor = new int[parts][regions];
        for (int b = 0; b < buckets; b++) {
            if (slot[b] < 0) {
                continue;
            }
            int at = regionStart[slot[b]];
            for (int c = 0; c < parts; c++) {
                cursor[c][slot[b]] = at;
                at += counts[c][b];
            }
        }
        long[] gathered = new long[regionStart[regions]];
        Workers.forEachChunk(parts, c -> {
            int[] at = cursor[c];
            for (int i = c * CHUNK, end = Math.min(total, (c + 1) * CHUNK); i < end; i++) {
                long k = keys[i];
                int s = slot[(int) ((k - lo) >>> shift)];
                if (s >= 0) {
                    gathered[at[s]++] = k;
                }
            }
        });
        // a rank is its bucket's region start plus its rank among the bucket's elements
        int[] local = new int[rankCount];
        for (int i = 0; i < rankCount; ) {
            int region = rankBucket[i];
            int j = i;
            while (j < rankCount && rankBucket[j] == region) {
                local[j] = regionStart[region] + ranks[j] - bucketStart[region];
                j++;
            }
            Introselect.selectAll(gathered, regionStart[region], regionStart[region + 1],
                    Arrays.copyOfRange(local, i, j), j - i);
            i = j;
        }
        job.write(rank -> {
            int at = Arrays.binarySearch(ranks, 0, rankCount, rank);
            return gathered[local[at]];
        }, result, 0, 1);
    }
}
