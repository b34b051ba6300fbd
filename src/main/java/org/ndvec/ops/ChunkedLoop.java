package org.ndvec.ops;

import org.ndvec.iter.StridedLoop;
import org.ndvec.parallel.Workers;

/**
 * Splits a large elementwise loop into fixed-size chunks that {@link Workers} runs in parallel.
 * NumPy's ufunc loops are single-threaded; on a machine with more than one core the chunks are
 * ndvec's main advantage on large arrays (1M float32 add, out form: 216 us on one thread).
 *
 * <p>Chunk boundaries depend on the loop and the chunk size only, never on the thread count,
 * so every element is computed by the same kernel phase (vector body or scalar tail) whatever
 * {@code -Dndvec.threads} says, and results are bit-identical for any N. A flat loop is cut into
 * runs of {@link #CHUNK} elements; a loop of rank 2 or more is cut along its outermost axis into
 * slabs of whole rows (a multiple of {@link TiledLoop#TILE} rows when the slab is tiled).
 */
final class ChunkedLoop {
    /**
     * Elements per chunk: a loop of fewer than two chunks runs on the caller's thread alone.
     * Chosen with ElementwiseBench.splitsize_f32add (out form) and splitsize_f32exp,
     * {@code -jvmArgsAppend -Dndvec.threads=1} against {@code =2}, under load (load average 7-9 on
     * 2 cores, so the second core was rarely free). With 4096-element chunks two threads lost at
     * every size up to 262144 elements (waking a worker cost ~10 us: 8192-element add 3.6 -> 15 us).
     * With 64 Ki-element chunks, threads=1 -> 2: add 65536 (one chunk) 22 -> 18 us, 131072:
     * 43 -> 42, 262144: 98 -> 70, 524288: 227 -> 122, 1048576: 744 -> 284; exp 131072: 91 -> 68,
     * 262144: 158 -> 132, 524288: 453 -> 243. So splitting starts at two chunks of 64 Ki
     * (256 KiB of float32 per operand, half of L2), for every operator alike.
     */
    static final int CHUNK = 1 << 16;

    private ChunkedLoop() {
    }

    /**
     * Visits every element like {@link TiledLoop#forEachRow}, in chunks of about {@link #CHUNK}
     * elements that may run on several threads; {@code visitor} must be safe to call concurrently
     * on disjoint rows (the kernel visitors are: they keep no state).
     */
    static void forEachRow(StridedLoop loop, int[] offsets, StridedLoop.RowVisitor visitor) {
        int chunk = CHUNK;
        long size = loop.size();
        if (size < 2L * chunk) {
            TiledLoop.forEachRow(loop, offsets, visitor);
            return;
        }
        int nd = loop.ndim();
        int ops = offsets.length;
        if (nd == 1) {
            int n = loop.shape()[0];
            int[] st = new int[ops];
            for (int k = 0; k < ops; k++) {
                st[k] = loop.strides(k)[0];
            }
            Workers.forEachChunk(chunks(n, chunk), c -> {
                int start = c * chunk;
                int[] off = new int[ops];
                for (int k = 0; k < ops; k++) {
                    off[k] = offsets[k] + start * st[k];
                }
                visitor.row(off, Math.min(chunk, n - start), st.clone());
            });
            return;
        }
        int[] shape = loop.shape();
        int rows = shape[0];
        long perRow = size / rows;
        int slab = (int) Math.max(1, (chunk + perRow - 1) / perRow);
        if (nd == 2) {
            // a tiled plane keeps whole tiles per slab, so tiling does not change at slab edges
            slab = (slab + TiledLoop.TILE - 1) / TiledLoop.TILE * TiledLoop.TILE;
        }
        int rowsPerSlab = slab;
        int[][] strides = new int[ops][];
        for (int k = 0; k < ops; k++) {
            strides[k] = loop.strides(k);
        }
        Workers.forEachChunk(chunks(rows, rowsPerSlab), c -> {
            int r0 = c * rowsPerSlab;
            int[] sub = shape.clone();
            sub[0] = Math.min(rowsPerSlab, rows - r0);
            int[] off = new int[ops];
            for (int k = 0; k < ops; k++) {
                off[k] = offsets[k] + r0 * strides[k][0];
            }
            TiledLoop.forEachRow(StridedLoop.plan(sub, strides), off, visitor);
        });
    }

    /** Runs {@code body(start, length)} over {@code [0, n)} in chunks of {@link #CHUNK} elements. */
    static void forEachRange(int n, RangeBody body) {
        int chunk = CHUNK;
        if (n < 2 * chunk) {
            body.range(0, n);
            return;
        }
        Workers.forEachChunk(chunks(n, chunk), c -> {
            int start = c * chunk;
            body.range(start, Math.min(chunk, n - start));
        });
    }

    /** One contiguous range of a flat loop. */
    @FunctionalInterface
    interface RangeBody {
        void range(int start, int length);
    }

    private static int chunks(int n, int chunk) {
        return (int) (((long) n + chunk - 1) / chunk);
    }
}
