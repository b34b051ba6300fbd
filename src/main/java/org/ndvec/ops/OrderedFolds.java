package org.ndvec.ops;

import org.ndvec.kernels.CompensatedSum;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.SumOrder;
import org.ndvec.parallel.Workers;

/**
 * The float folds whose result depends on the order of the additions or multiplications
 * ({@code sum}, {@code nansum}, squared deviations, {@code prod}), computed in the one order of
 * {@link SumOrder}: each output's elements counted in the logical C order of the reduced axes,
 * whatever the strides. So a view and its contiguous copy reduce to the same bits along any axis,
 * and so do the kernel paths and the strided fallback. Three paths, all giving those bits:
 * <ul>
 *   <li><b>rows</b>: the reduced elements of each output are one contiguous run (axis 1 of a
 *       C-order matrix, a whole contiguous array): one row kernel call per output, outputs in
 *       chunks on the worker pool;</li>
 *   <li><b>columns</b>: the reduced elements are one run of constant stride and a kept axis is
 *       contiguous (axis 0 of a C-order matrix, axis 1 of its transpose): the input rows stream
 *       into lane rows, {@link #COLUMN_BLOCK} columns at a time, each block a chunk on the pool;</li>
 *   <li><b>walk</b>: anything else, element by element in the scalar arithmetic of
 *       {@link SumOrder} (and the sequential product).</li>
 * </ul>
 * Chunking (rule 4 of {@link SumOrder}) is applied by each path alike.
 */
final class OrderedFolds {
    private static final ReductionKernels K = FloatFolds.KERNELS;

    /**
     * Columns per block of the column path: the block's lane state (32 rows of 1024 doubles,
     * 256 KiB) stays in L2, also on Zen 3's 512 KiB, while the input rows stream 1024 contiguous
     * elements each. Swept on mean_axis0_f64_4096x4096 and _f32 (two threads, Zen 5, noisy
     * shared machine, per-call minimum): float64 4.2-4.5 ms with 2048 columns, 4.4-5.2 with 1024,
     * 5.1-6.0 with 512, 7.7 with one 4096-column block (one thread); float32 1.2-1.7 ms for 512
     * to 2048, 1.9-2.0 with 4096. 1024 keeps the state below half a G1 region of 1 MiB.
     */
    static final int COLUMN_BLOCK = 1024;

    /**
     * Each thread's lane state, kept between calls: a fresh 256 KiB array per block cost its
     * zeroing and, under G1 with small regions, a humongous allocation.
     */
    private static final ThreadLocal<double[]> LANES = ThreadLocal.withInitial(() -> new double[0]);

    /** Lane state of one column: 32 plain lanes, or 16 sums and 16 compensations. */
    private static final int LANE_ROWS = 2 * SumOrder.F64_LANES;

    private OrderedFolds() {
    }

    /** Whether {@code op} is folded here (its result depends on the order). */
    static boolean handles(FloatFolds.Op op) {
        return switch (op) {
            case SUM, NANSUM, SQDEV, PROD, PROD_F32 -> true;
            default -> false;
        };
    }

    /**
     * Folds the plan's input (float32 or float64 storage) into one double per output, C order.
     *
     * @param mean per-output means for {@link FloatFolds.Op#SQDEV}, else unused
     */
    static double[] fold(ReductionPlan p, FloatFolds.Op op, double[] mean, int threads) {
        LogicalAxes g = LogicalAxes.of(p);
        double[] out = new double[p.outSize];
        if (p.outSize == 0) {
            return out;
        }
        if (p.count == 0) {
            java.util.Arrays.fill(out, op.identity);
            return out;
        }
        boolean kernel = op == FloatFolds.Op.SUM || op == FloatFolds.Op.SQDEV;
        if (kernel && g.runs() == 1 && g.runStride() == 1) {
            rows(p, g, op, mean, out, threads);
        } else if (kernel && g.runs() == 1 && g.unitKeptAxis() >= 0) {
            columns(p, g, op, mean, out, threads);
        } else {
            walk(p, g, op, mean, out, threads);
        }
        return out;
    }

    // ---------------------------------------------------------------- rows

    private static void rows(ReductionPlan p, LogicalAxes g, FloatFolds.Op op, double[] mean, double[] out,
                             int threads) {
        int n = p.count;
        int[] base = g.keptOffsets(p.offset);
        if (!SumOrder.chunked(n)) {
            RowChunks.forEach(base.length, n, threads, (from, to) -> {
                for (int o = from; o < to; o++) {
                    out[o] = row(op, p.data, base[o], n, mean == null ? 0 : mean[o], null, 0);
                }
            });
            return;
        }
        int chunks = SumOrder.chunks(n);
        double[] hi = new double[base.length * chunks];
        double[] lo = new double[base.length * chunks];
        Workers.forEachChunk(base.length * chunks, threads, t -> {
            int o = t / chunks;
            int from = (t % chunks) * SumOrder.CHUNK;
            int len = Math.min(n, from + SumOrder.CHUNK) - from;
            hi[t] = row(op, p.data, base[o] + from, len, mean == null ? 0 : mean[o], lo, t);
        });
        combineChunks(hi, lo, chunks, out, 0, base.length);
    }

    /** One contiguous run through a row kernel; float64 sums leave their rounding error in {@code low[lowAt]}. */
    private static double row(FloatFolds.Op op, Object data, int off, int n, double mean, double[] low, int lowAt) {
        if (op == FloatFolds.Op.SUM) {
            return data instanceof float[] f ? K.sum(f, off, n) : K.sumParts((double[]) data, off, n, low, lowAt);
        }
        return data instanceof float[] f ? K.sumSquaredDeviations(f, off, n, mean)
                : K.sumSquaredDeviations((double[]) data, off, n, mean);
    }

    /** Rule 4: per output, its chunks' pairs {@code hi[o * chunks + c] + lo[..]} in chunk order. */
    private static void combineChunks(double[] hi, double[] lo, int chunks, double[] out, int outOff, int outputs) {
        double[] h = new double[chunks];
        double[] l = new double[chunks];
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(hi, o * chunks, h, 0, chunks);
            System.arraycopy(lo, o * chunks, l, 0, chunks);
            out[outOff + o] = CompensatedSum.ofParts(h, l, chunks);
        }
    }

    // ---------------------------------------------------------------- columns

    private static void columns(ReductionPlan p, LogicalAxes g, FloatFolds.Op op, double[] mean, double[] out,
                                int threads) {
        Columns c = new Columns(p, g, op, mean, out);
        int groups = c.groups();
        int t = (long) p.count * c.width * c.inBase.length >= RowChunks.MIN_PARALLEL ? threads : 1;
        if (groups >= SPLIT_LANES_BELOW || t == 1) {
            // one task per block: its lane state is this thread's, reused between calls
            Workers.forEachChunk(groups, t, q -> {
                double[] lanes = lanes(LANE_ROWS * c.blockWidth(q));
                c.accumulate(q, 0, 1, lanes, c.meanRow(q));
                c.fold(q, lanes);
            });
        } else {
            // few blocks (a narrow or short matrix): their lanes are independent, so they are
            // shared out too, LANE_SPLIT tasks per block; the bits do not depend on who adds which lane
            double[][] state = new double[groups][];
            double[][] m = new double[groups][];
            for (int q = 0; q < groups; q++) {
                state[q] = new double[LANE_ROWS * c.blockWidth(q)];
                m[q] = c.meanRow(q);
            }
            Workers.forEachChunk(groups * LANE_SPLIT, t, task -> {
                int q = task / LANE_SPLIT;
                c.accumulate(q, task % LANE_SPLIT, LANE_SPLIT, state[q], m[q]);
            });
            for (int q = 0; q < groups; q++) {
                c.fold(q, state[q]);
            }
        }
        c.combineChunks();
    }

    /**
     * Fewer column blocks than this split their lanes over the worker pool; more are enough
     * work to share out by block (mean_axis0_f32 of 4096 x 1024 is one block). Only a single
     * block splits: two threads on interleaved lanes of the same blocks ran a float32 2048 x 2048
     * mean(0) (two blocks, 8 tasks) at 2.0 ms against 0.40 ms one block per thread (scalar
     * kernels; vector 0.57-2.24 against 0.27-0.42; median of calls 151-250 in fresh JVMs, three
     * each, 2 cores; NumPy 0.27 ms). The single block of 4096 x 1024 is no worse split (0.36-0.82
     * against 0.41-0.60 ms unsplit, on one thread).
     */
    private static final int SPLIT_LANES_BELOW = 2;

    /** Tasks per block when lanes are shared out: every 4th lane each. */
    private static final int LANE_SPLIT = 4;

    /**
     * Rows taken per lane and block before the next lanes' turn: 128 rows are 4 rows for each of
     * 32 float32 lanes and 8 for each of 16 float64 lanes, the kernels' passes. A lane row is then
     * loaded and stored once per 4 (float32) or 8 (float64) input rows, and the rows of a group are
     * read close together (one lane's rows all the way down the matrix first ran
     * mean_axis0_f32_4096x4096 in 2.0-2.3 ms against 1.4-1.7).
     */
    private static final int GROUP_ROWS = 128;

    /**
     * The column path's geometry: groups {@code q} = (outer position, column block, chunk of
     * rows), each folded from its own lane state; lane {@code k} of a group takes the group's rows
     * {@code k, k + L, k + 2L, ...}.
     */
    private static final class Columns {
        final ReductionPlan p;
        final FloatFolds.Op op;
        final double[] mean;
        final double[] out;
        final boolean f32;
        final int lanesTotal;
        final int rows;
        final int rowStride;
        final int width;
        final int colStep;
        final int outStep;
        final int[] inBase;
        final int[] outBase;
        final int blocks;
        final int chunks;
        final double[][] hi;
        final double[][] lo;

        Columns(ReductionPlan p, LogicalAxes g, FloatFolds.Op op, double[] mean, double[] out) {
            this.p = p;
            this.op = op;
            this.mean = mean;
            this.out = out;
            this.f32 = p.data instanceof float[];
            this.lanesTotal = f32 ? SumOrder.F32_LANES : SumOrder.F64_LANES;
            this.rows = p.count;
            this.rowStride = g.runStride();
            int u = g.unitKeptAxis();
            this.width = g.keptShape(u);
            this.colStep = g.keptStride(u); // +1 or -1
            this.outStep = g.keptOutStride(u);
            int[][] outer = g.keptOffsetsWithout(u, p.offset);
            this.inBase = outer[0];
            this.outBase = outer[1];
            this.blocks = (width + COLUMN_BLOCK - 1) / COLUMN_BLOCK;
            this.chunks = SumOrder.chunks(rows);
            this.hi = chunks > 1 ? new double[groups()][] : null;
            this.lo = chunks > 1 ? new double[groups()][] : null;
        }

        int groups() {
            return inBase.length * blocks * chunks;
        }

        int blockWidth(int q) {
            int j0 = ((q / chunks) % blocks) * COLUMN_BLOCK;
            return Math.min(width, j0 + COLUMN_BLOCK) - j0;
        }

        /**
         * Adds the rows of group {@code q} of lanes {@code k0, k0 + kStep, ..} into their lane
         * rows of {@code state} ({@code m}: the group's means, for squared deviations).
         */
        void accumulate(int q, int k0, int kStep, double[] state, double[] m) {
            int c = q % chunks;
            int b = (q / chunks) % blocks;
            int o = q / chunks / blocks;
            int j0 = b * COLUMN_BLOCK;
            int bw = blockWidth(q);
            int r0 = c * SumOrder.CHUNK;
            int end = Math.min(rows, r0 + SumOrder.CHUNK);
            // the block's lowest address; physical column x is logical column j0 + x, or
            // j0 + bw - 1 - x when the kept axis runs backwards
            int start = colStep == 1 ? inBase[o] + j0 : inBase[o] - (j0 + bw - 1);
            int step = lanesTotal * rowStride;
            for (int g = r0; g < end; g += GROUP_ROWS) {
                int gEnd = Math.min(end, g + GROUP_ROWS);
                for (int k = k0; k < lanesTotal && g + k < gEnd; k += kStep) {
                    // lane k of the chunk: rows r0 + k + i L; those of this group
                    int n = (gEnd - g - k + lanesTotal - 1) / lanesTotal;
                    int in = start + (g + k) * rowStride;
                    int s = k * bw;
                    int comp = (SumOrder.F64_LANES + k) * bw;
                    if (m != null) {
                        if (f32) {
                            K.accumulateLaneSquaredDeviations((float[]) p.data, in, step, n, m, 0, state, s, bw);
                        } else {
                            K.accumulateLaneSquaredDeviations((double[]) p.data, in, step, n, m, 0, state, s, comp, bw);
                        }
                    } else if (f32) {
                        K.accumulateLane((float[]) p.data, in, step, n, state, s, bw);
                    } else {
                        K.accumulateLane((double[]) p.data, in, step, n, state, s, comp, bw);
                    }
                }
            }
        }

        /** Group {@code q}'s means in physical column order; null unless squared deviations. */
        double[] meanRow(int q) {
            if (op != FloatFolds.Op.SQDEV) {
                return null;
            }
            int o = q / chunks / blocks;
            int j0 = ((q / chunks) % blocks) * COLUMN_BLOCK;
            int bw = blockWidth(q);
            double[] m = new double[bw];
            for (int x = 0; x < bw; x++) {
                m[x] = mean[outBase[o] + logical(j0, bw, x) * outStep];
            }
            return m;
        }

        /** Ends group {@code q}: the lanes' tree into the outputs, or into the chunk's partials. */
        void fold(int q, double[] state) {
            int bw = blockWidth(q);
            double[] res = new double[bw];
            double[] low = chunks > 1 && !f32 && op == FloatFolds.Op.SUM ? new double[bw] : null;
            if (f32) {
                K.foldLanes(state, bw, res, 0);
            } else {
                K.foldCompensatedLanes(state, bw, res, 0, low, 0);
            }
            if (chunks > 1) {
                hi[q] = res;
                lo[q] = low != null ? low : new double[bw];
                return;
            }
            int b = (q / chunks) % blocks;
            int o = q / chunks / blocks;
            for (int x = 0; x < bw; x++) {
                out[outBase[o] + logical(b * COLUMN_BLOCK, bw, x) * outStep] = res[x];
            }
        }

        /** Rule 4: each column's chunk partials, in chunk order. */
        void combineChunks() {
            if (chunks == 1) {
                return;
            }
            double[] h = new double[chunks];
            double[] l = new double[chunks];
            for (int o = 0; o < inBase.length; o++) {
                for (int b = 0; b < blocks; b++) {
                    int q = (o * blocks + b) * chunks;
                    int bw = blockWidth(q);
                    for (int x = 0; x < bw; x++) {
                        for (int c = 0; c < chunks; c++) {
                            h[c] = hi[q + c][x];
                            l[c] = lo[q + c][x];
                        }
                        double sum = CompensatedSum.ofParts(h, l, chunks);
                        out[outBase[o] + logical(b * COLUMN_BLOCK, bw, x) * outStep] = sum;
                    }
                }
            }
        }

        /** The logical column of physical column {@code x} of a block starting at logical {@code j0}. */
        private int logical(int j0, int bw, int x) {
            return colStep == 1 ? j0 + x : j0 + bw - 1 - x;
        }
    }

    /** This thread's lane state, {@code size} zeros (and possibly more beyond, unused). */
    private static double[] lanes(int size) {
        double[] v = LANES.get();
        if (v.length < size) {
            v = new double[size];
            LANES.set(v);
        } else {
            java.util.Arrays.fill(v, 0, size, 0);
        }
        return v;
    }

    // ---------------------------------------------------------------- walk

    private static void walk(ReductionPlan p, LogicalAxes g, FloatFolds.Op op, double[] mean, double[] out,
                             int threads) {
        int[] base = g.keptOffsets(p.offset);
        RowChunks.forEach(base.length, p.count, threads, (from, to) -> {
            Walker w = new Walker(p.data, g, op, p.count);
            for (int o = from; o < to; o++) {
                out[o] = w.fold(base[o], mean == null ? 0 : mean[o]);
            }
        });
    }

    /**
     * One output's elements in logical order, each into its lane with the scalar arithmetic of
     * {@link SumOrder} (the scalar kernels' own), or multiplied in sequence for the products.
     */
    private static final class Walker {
        private final Object data;
        private final float[] f;
        private final double[] d;
        private final int[] shape;
        private final int[] strides;
        private final FloatFolds.Op op;
        private final int n;
        private final int[] index;
        private final double[] lanes = new double[LANE_ROWS];
        private final double[] hi;
        private final double[] lo;
        private double mean;
        private double product;
        private int i;
        /** Elements in the current chunk's lanes. */
        private int inChunk;

        Walker(Object data, LogicalAxes g, FloatFolds.Op op, int n) {
            this.data = data;
            this.f = data instanceof float[] x ? x : null;
            this.d = data instanceof double[] x ? x : null;
            this.shape = g.runShape();
            this.strides = g.runStrides();
            this.op = op;
            this.n = n;
            this.index = new int[shape.length];
            int chunks = SumOrder.chunks(n);
            this.hi = new double[chunks];
            this.lo = new double[chunks];
        }

        double fold(int base, double mean) {
            this.mean = mean;
            this.product = 1;
            this.i = 0;
            this.inChunk = 0;
            java.util.Arrays.fill(lanes, 0);
            java.util.Arrays.fill(index, 0);
            int nd = shape.length;
            if (nd == 0) {
                add(value(base));
            } else {
                int inner = shape[nd - 1];
                int innerStride = strides[nd - 1];
                int off = base;
                while (true) {
                    for (int q = 0; q < inner; q++) {
                        add(value(off + q * innerStride));
                    }
                    int k = nd - 2;
                    for (; k >= 0; k--) {
                        off += strides[k];
                        if (++index[k] < shape[k]) {
                            break;
                        }
                        off -= strides[k] * shape[k];
                        index[k] = 0;
                    }
                    if (k < 0) {
                        break;
                    }
                }
            }
            if (op == FloatFolds.Op.PROD || op == FloatFolds.Op.PROD_F32) {
                return product;
            }
            int chunks = hi.length;
            if (chunks == 1) {
                return finish(null, 0);
            }
            return CompensatedSum.ofParts(hi, lo, chunks);
        }

        private double value(int at) {
            return f != null ? f[at] : d[at];
        }

        private void add(double x) {
            switch (op) {
                case PROD -> product *= x;
                case PROD_F32 -> product = (float) (product * x);
                default -> {
                    if (op == FloatFolds.Op.NANSUM && x != x) {
                        x = 0;
                    } else if (op == FloatFolds.Op.SQDEV) {
                        double dev = x - mean;
                        x = dev * dev;
                    }
                    if (f != null) {
                        lanes[i & (SumOrder.F32_LANES - 1)] += x;
                    } else {
                        int l = i & (SumOrder.F64_LANES - 1);
                        SumOrder.addCompensated(lanes, l, SumOrder.F64_LANES + l, x);
                    }
                    i++;
                    inChunk++;
                    if (hi.length > 1 && (inChunk == SumOrder.CHUNK || i == n)) {
                        int c = (i - 1) / SumOrder.CHUNK;
                        hi[c] = finish(lo, c);
                        java.util.Arrays.fill(lanes, 0);
                        inChunk = 0;
                    }
                }
            }
        }

        /** The lanes' tree; float64 sums leave their rounding error in {@code low[lowAt]} (other folds 0). */
        private double finish(double[] low, int lowAt) {
            int used = Math.min(inChunk, SumOrder.F32_LANES);
            if (f != null) {
                if (low != null) {
                    low[lowAt] = 0;
                }
                return SumOrder.foldPlain(lanes, 0, 1, SumOrder.F32_LANES, used);
            }
            double r = SumOrder.foldCompensated(lanes, 0, 1, Math.min(used, SumOrder.F64_LANES),
                    op == FloatFolds.Op.SQDEV ? null : low, lowAt);
            if (low != null && op == FloatFolds.Op.SQDEV) {
                low[lowAt] = 0;
            }
            return r;
        }
    }
}
