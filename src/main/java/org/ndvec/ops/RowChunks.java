package org.ndvec.ops;

import org.ndvec.parallel.Workers;

/**
 * Splits independent rows (softmax, argmax, cross-entropy and reduction rows) into chunks of
 * whole rows on the worker pool. How many rows a chunk holds depends on the row length only, so
 * every row is computed by the same code whatever the thread count, and results are bit-identical.
 */
final class RowChunks {
    /**
     * Below this many elements everything runs on the caller's thread: handing out chunks costs
     * a few microseconds, more than small problems take (std_axis0_f64_1000x20 is 20k elements).
     */
    static final long MIN_PARALLEL = 1 << 17;

    /** Elements per chunk: 32 K floats keep a chunk's rows in L2 and give argmax_axis1_f32_4096x1000 128 chunks. */
    static final int CHUNK_ELEMENTS = 1 << 15;

    /** Receives rows {@code [from, to)}. */
    @FunctionalInterface
    interface Range {
        void rows(int from, int to);
    }

    private RowChunks() {
    }

    /**
     * Runs {@code body} over {@code [0, rows)} in chunks of whole rows on at most {@code threads} threads.
     *
     * @param rowLength elements per row (the work per row)
     */
    static void forEach(int rows, long rowLength, int threads, Range body) {
        if (rows <= 0) {
            return;
        }
        int perChunk = (int) Math.max(1, Math.min(rows, CHUNK_ELEMENTS / Math.max(1, rowLength)));
        int chunks = (rows + perChunk - 1) / perChunk;
        int t = (long) rows * rowLength >= MIN_PARALLEL ? threads : 1;
        Workers.forEachChunk(chunks, t, c -> body.rows(c * perChunk, Math.min(rows, (c + 1) * perChunk)));
    }
}
