package org.ndvec.indexing;

import org.ndvec.Index;

/** Python's slice arithmetic ({@code PySlice_AdjustIndices}) on one axis. */
public final class Slices {
    private Slices() {
    }

    /**
     * Resolves a slice against an axis of {@code len} elements.
     *
     * @return {start, step, count}: the first position, the step, and how many positions
     */
    public static long[] resolve(Index.Slice s, int len) {
        long step = s.step() == null ? 1 : Math.max(s.step(), -Long.MAX_VALUE);
        long start;
        long stop;
        if (step > 0) {
            start = s.start() == null ? 0 : clamp(s.start(), len, 0, len);
            stop = s.stop() == null ? len : clamp(s.stop(), len, 0, len);
        } else {
            start = s.start() == null ? len - 1 : clamp(s.start(), len, -1, len - 1);
            stop = s.stop() == null ? -1 : clamp(s.stop(), len, -1, len - 1);
        }
        long count;
        if (step > 0) {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        }
        return new long[] {start, step, count};
    }

    private static long clamp(long v, int len, long lo, long hi) {
        if (v < 0) {
            v += len;
        }
        return Math.max(lo, Math.min(hi, v));
    }
}
