package org.ndvec.ops;

import org.ndvec.iter.StridedLoop;
import org.ndvec.kernels.SumOrder;
import org.ndvec.parallel.Workers;

/**
 * The three shapes of exact (order-free) float fold - max, min and the other folds that
 * {@link OrderedFolds} does not take - that are worth splitting over the worker pool, each in
 * chunks whose boundaries depend on the problem alone:
 * <ul>
 *   <li>one long contiguous row folded to one value (a whole-array max): fixed-size chunks give
 *       partials, combined in chunk order;</li>
 *   <li>many contiguous reduction rows (axis 1 of a matrix): chunks of whole rows, each output
 *       computed by one kernel call;</li>
 *   <li>the axis 0 of a matrix with contiguous rows: float32 in fixed blocks of whole rows whose
 *       partial rows combine in block order; float64 in chunks of columns, each running down every
 *       row.</li>
 * </ul>
 * Anything else returns false and takes {@link FloatFolds}' serial strided loop. (These folds are
 * exact, so any order gives the same result; the sums, whose results depend on the order, are
 * {@link OrderedFolds}'.)
 */
final class ParallelFolds {
    /**
     * Columns per float64 axis-0 chunk. Long runs along a row matter more than an L1-sized
     * accumulator: on mean_axis0_f32_4096x4096 (single thread) 512-column chunks took 4.8 ms,
     * 1024 3.6-4.1 ms, whole 4096-column rows 2.7 ms.
     */
    static final int COLUMN_CHUNK = 2048;

    /** Fewest rows in a float32 axis-0 block. */
    static final int ROW_BLOCK = 512;

    /** At most this many float32 axis-0 blocks, so the partial rows stay few for tall matrices. */
    static final int MAX_ROW_BLOCKS = 16;

    private ParallelFolds() {
    }

    /** Folds into {@code acc} (pre-filled with the identity) when the loop has one of the three shapes. */
    static boolean fold(ReductionPlan p, StridedLoop loop, FloatFolds.Op op, double[] mean, double[] acc,
                        int threads) {
        int nd = loop.ndim();
        int[] in = loop.strides(0);
        int[] out = loop.strides(1);
        if (nd == 1 && in[0] == 1 && out[0] == 0 && SumOrder.chunked(loop.shape()[0]) && FloatFolds.hasKernel(op)) {
            acc[0] = FloatFolds.combine(op, acc[0], longRow(p.data, p.offset, loop.shape()[0], op, threads));
            return true;
        }
        if (nd != 2 || in[1] != 1) {
            return false;
        }
        int rows = loop.shape()[0];
        int n = loop.shape()[1];
        int rowStride = in[0];
        if (out[1] == 0 && out[0] != 0) {
            int outStride = out[0];
            RowChunks.forEach(rows, n, threads, (from, to) -> {
                for (int r = from; r < to; r++) {
                    int o = r * outStride;
                    acc[o] = FloatFolds.combine(op, acc[o], FloatFolds.reduceRow(op, p.data, p.offset + r * rowStride, 1, n));
                }
            });
            return true;
        }
        if (out[1] == 1 && out[0] == 0 && FloatFolds.hasKernel(op)) {
            int t = (long) rows * n >= RowChunks.MIN_PARALLEL ? threads : 1;
            if (p.data instanceof float[]) {
                rowBlocks(p, rowStride, rows, n, op, acc, t);
            } else {
                columnChunks(p, rowStride, rows, n, op, acc, t);
            }
            return true;
        }
        return false;
    }

    /** float64 axis 0: chunks of columns, each running down all rows. */
    private static void columnChunks(ReductionPlan p, int rowStride, int rows, int n, FloatFolds.Op op,
                                     double[] acc, int threads) {
        int chunks = (n + COLUMN_CHUNK - 1) / COLUMN_CHUNK;
        Workers.forEachChunk(chunks, threads, c -> {
            int from = c * COLUMN_CHUNK;
            int width = Math.min(n, from + COLUMN_CHUNK) - from;
            foldRows(p, p.offset + from, rowStride, rows, op, acc, from, width);
        });
    }

    /**
     * float32 axis 0: blocks of whole rows (whole rows stream fastest, see {@link #COLUMN_CHUNK}),
     * each folded into its own partial row; the partials are then combined in block order.
     */
    private static void rowBlocks(ReductionPlan p, int rowStride, int rows, int n, FloatFolds.Op op,
                                  double[] acc, int threads) {
        int perBlock = Math.max(ROW_BLOCK, ((rows + MAX_ROW_BLOCKS - 1) / MAX_ROW_BLOCKS + 7) & ~7);
        int blocks = (rows + perBlock - 1) / perBlock;
        double[][] partial = new double[blocks][];
        partial[0] = acc;
        for (int b = 1; b < blocks; b++) {
            partial[b] = new double[n];
            java.util.Arrays.fill(partial[b], op.identity);
        }
        Workers.forEachChunk(blocks, threads, b -> {
            int from = b * perBlock;
            int count = Math.min(rows, from + perBlock) - from;
            foldRows(p, p.offset + from * rowStride, rowStride, count, op, partial[b], 0, n);
        });
        for (int b = 1; b < blocks; b++) {
            double[] q = partial[b];
            for (int i = 0; i < n; i++) {
                acc[i] = FloatFolds.combine(op, acc[i], q[i]);
            }
        }
    }

    /** Folds {@code rows} contiguous input rows of {@code width} into {@code acc[accOff ..)}. */
    private static void foldRows(ReductionPlan p, int in, int rowStride, int rows, FloatFolds.Op op,
                                 double[] acc, int accOff, int width) {
        for (int r = 0; r < rows; r++) {
            FloatFolds.accumulateRow(op, p.data, in + r * rowStride, acc, accOff, width);
        }
    }

    /** Fold of one long contiguous row through per-chunk partials. */
    private static double longRow(Object data, int off, int n, FloatFolds.Op op, int threads) {
        int chunks = SumOrder.chunks(n);
        double[] partial = new double[chunks];
        Workers.forEachChunk(chunks, threads, c -> {
            int from = c * SumOrder.CHUNK;
            partial[c] = FloatFolds.reduceRow(op, data, off + from, 1, Math.min(n, from + SumOrder.CHUNK) - from);
        });
        double r = partial[0];
        for (int c = 1; c < chunks; c++) {
            r = FloatFolds.combine(op, r, partial[c]);
        }
        return r;
    }
}
