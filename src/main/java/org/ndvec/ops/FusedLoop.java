package org.ndvec.ops;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.kernels.ElementwiseKernels;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * Evaluates an {@link ExprNode} tree block by block: every operation of the expression runs on
 * {@link #BLOCK} elements, through the same per-op kernels ({@link ElementwiseKernels}, tiered,
 * scalar and vector giving the same bits) as the op-by-op chain, into per-thread scratch rows that
 * stay in L1/L2, before the next block is read. Memory traffic is one read of each operand and one
 * write of the result, and the only allocation of any size is the result (none with {@code out}).
 *
 * <p>The fused loop runs when the whole expression computes in one float dtype (every operation's
 * loop dtype is the result's, float32 or float64); operands of other dtypes are converted when a
 * block is gathered, as the ufunc would convert them. Anything else (integer arithmetic, a
 * float32 step inside a float64 expression) is evaluated op by op ({@link ExprNode#unfused}), which
 * gives the same values.
 *
 * <p>Operands that are C-contiguous in the result's order are read in place; 0-d and fully broadcast
 * operands are passed with stride 0; any other layout (transposed, reversed, broadcast along some
 * axes) is gathered into a scratch row per block, converting its dtype if needed. Large results are
 * split into the chunks of {@link ChunkedLoop} that {@code ndvec.threads} workers share.
 */
public final class FusedLoop {
    private static final ArrayAccess ACCESS = Internals.access();

    /**
     * Elements per block. Chosen on the gaussian chain of ExprBench ({@code exp(-0.5*x*x)*c + d}, 1M
     * float32, one thread) run block by block through the kernels, thread CPU time, best of 10 x 20
     * calls on a loaded 2-core Zen 5 (load average 13): 256 elements 0.58 ms, 1024 0.65, 2048
     * 0.62-0.80, 4096 0.73-0.80, 16384 0.71-0.78. Flat from 1 Ki to 16 Ki; 2048 keeps a float64 row
     * at 16 KiB, so a few scratch rows and the operands' blocks stay in a 48 KiB L1 (32 KiB on Zen 3).
     * {@code -Dndvec.expr.block=N} overrides it, to repeat the measurement
     * ({@code ExprBench.expr_gaussian_f32_1m_out -jvmArgsAppend "-Dndvec.expr.block=N -Dndvec.threads=1"}).
     */
    static final int BLOCK = Math.max(16, Integer.getInteger("ndvec.expr.block", 2048));

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private FusedLoop() {
    }

    /**
     * {@code root} evaluated into a new array, or into {@code out} ({@code np.<last op>(..., out=out)}:
     * same shape rules and same_kind cast as the ufunc).
     *
     * @throws IllegalArgumentException when out's shape or dtype does not fit
     * @throws IllegalStateException when out is read-only
     */
    public static NDArray evaluate(ExprNode root, NDArray out) {
        DType loop = root.dtype();
        int[] shape = out == null ? root.shape() : Elementwise.checkOut("expr", root.shape(), loop, out);
        if (!fusable(root, loop)) {
            NDArray r = ExprNode.unfused(root);
            if (out == null) {
                return root instanceof ExprNode.Leaf ? r.copy() : r;
            }
            NDArray full = Arrays.equals(ACCESS.shape(r), shape) ? r : r.broadcastTo(shape);
            Cast.copyInto(full, ACCESS.data(out), ACCESS.offset(out), ACCESS.strides(out));
            return out;
        }
        boolean direct = out != null && out.dtype() == loop && out.isContiguous();
        NDArray result = direct ? out : ACCESS.wrap(Buffers.allocate(loop, Shapes.size(shape)), loop, shape);
        Plan plan = new Plan(root, loop, shape, direct ? out : null);
        Object rd = ACCESS.data(result);
        int ro = ACCESS.offset(result);
        ChunkedLoop.forEachRange(Shapes.size(shape), (start, length) -> plan.run(rd, ro, start, length));
        if (out != null && !direct) {
            Cast.copyInto(result, ACCESS.data(out), ACCESS.offset(out), ACCESS.strides(out));
            return out;
        }
        return result;
    }

    // Every operation computes in `loop` (float32 or float64), comparisons included; conditions are bool.
    private static boolean fusable(ExprNode node, DType loop) {
        if (loop != DType.FLOAT32 && loop != DType.FLOAT64) {
            return false;
        }
        return switch (node) {
            case ExprNode.Leaf l -> true;
            case ExprNode.Unary u -> u.dtype() == loop && fusable(u.a(), loop);
            case ExprNode.Binary b -> b.dtype() == loop && fusable(b.a(), loop) && fusable(b.b(), loop);
            case ExprNode.Compare c -> c.loop() == loop && fusable(c.a(), loop) && fusable(c.b(), loop);
            case ExprNode.Where w -> w.dtype() == loop && fusable(w.cond(), loop) && fusable(w.x(), loop)
                    && fusable(w.y(), loop);
        };
    }

    /**
     * The expression as a list of steps in evaluation order (each distinct node once, operands
     * first), where each step's values live for a block, and which scratch row each step writes.
     * Rows are reused once their last reader has run, so a chain of unary steps works in place.
     */
    private static final class Plan {
        private final DType loop;
        private final int[] shape;
        private final ExprNode[] steps;
        private final int[][] inputs;
        /** Per step: the scratch row it writes (-1: the result, or an operand read in place). */
        private final int[] row;
        /** Per leaf step: its array (converted to the loop dtype when 0-d), broadcast strides, mode. */
        private final Object[] leafData;
        private final int[] leafOffset;
        private final int[][] leafStrides;
        private final Mode[] mode;
        private final int valueRows;
        private final int boolRows;

        private enum Mode { IN_PLACE, REPEATED, GATHERED, COMPUTED }

        Plan(ExprNode root, DType loop, int[] shape, NDArray out) {
            this.loop = loop;
            this.shape = shape;
            Map<ExprNode, Integer> index = new IdentityHashMap<>();
            List<ExprNode> order = new ArrayList<>();
            visit(root, index, order);
            int n = order.size();
            steps = order.toArray(new ExprNode[0]);
            inputs = new int[n][];
            int[] lastUse = new int[n];
            for (int s = 0; s < n; s++) {
                ExprNode[] operands = operands(steps[s]);
                inputs[s] = new int[operands.length];
                for (int k = 0; k < operands.length; k++) {
                    inputs[s][k] = index.get(operands[k]);
                    lastUse[inputs[s][k]] = s;
                }
            }
            leafData = new Object[n];
            leafOffset = new int[n];
            leafStrides = new int[n][];
            mode = new Mode[n];
            int[] cStrides = Shapes.cStrides(shape);
            for (int s = 0; s < n; s++) {
                if (!(steps[s] instanceof ExprNode.Leaf leaf)) {
                    mode[s] = Mode.COMPUTED;
                    continue;
                }
                NDArray a = leaf.array();
                if (out != null && a.sharesMemory(out) && !sameElements(a, out)) {
                    a = a.copy(); // read while out is written: a shifted or reordered view would see new values
                }
                int[] st = Broadcast.stridesFor(ACCESS.shape(a), ACCESS.strides(a), shape);
                DType want = a.dtype() == DType.BOOL ? DType.BOOL : loop;
                if (isZero(st)) {
                    mode[s] = Mode.REPEATED;
                    a = a.dtype() == want ? a : a.astype(want);
                } else {
                    mode[s] = a.dtype() == want && sameOrder(st, cStrides, shape) ? Mode.IN_PLACE : Mode.GATHERED;
                }
                leafData[s] = ACCESS.data(a);
                leafOffset[s] = ACCESS.offset(a);
                leafStrides[s] = st;
            }
            // linear scan: a step's row is free again after its last reader; the root writes the result
            row = new int[n];
            Arrays.fill(row, -1);
            List<Integer> freeValues = new ArrayList<>();
            List<Integer> freeBools = new ArrayList<>();
            int values = 0;
            int bools = 0;
            for (int s = 0; s < n; s++) {
                for (int k = 0; k < inputs[s].length; k++) {
                    int in = inputs[s][k];
                    // x * x reads one step twice: its row is freed once
                    if (lastUse[in] == s && row[in] >= 0 && !seenBefore(inputs[s], k)) {
                        (steps[in].dtype() == DType.BOOL ? freeBools : freeValues).add(row[in]);
                    }
                }
                if (s == n - 1 || mode[s] == Mode.IN_PLACE || mode[s] == Mode.REPEATED) {
                    continue;
                }
                boolean bool = steps[s].dtype() == DType.BOOL;
                List<Integer> free = bool ? freeBools : freeValues;
                if (!free.isEmpty()) {
                    row[s] = free.remove(free.size() - 1);
                } else if (bool) {
                    row[s] = bools++;
                } else {
                    row[s] = values++;
                }
            }
            valueRows = values;
            boolRows = bools;
        }

        /** Whether {@code inputs[k]} already occurs before position k. */
        private static boolean seenBefore(int[] inputs, int k) {
            for (int j = 0; j < k; j++) {
                if (inputs[j] == inputs[k]) {
                    return true;
                }
            }
            return false;
        }

        private static void visit(ExprNode node, Map<ExprNode, Integer> index, List<ExprNode> order) {
            if (index.containsKey(node)) {
                return;
            }
            for (ExprNode operand : operands(node)) {
                visit(operand, index, order);
            }
            index.put(node, order.size());
            order.add(node);
        }

        private static ExprNode[] operands(ExprNode node) {
            return switch (node) {
                case ExprNode.Leaf l -> new ExprNode[0];
                case ExprNode.Unary u -> new ExprNode[] {u.a()};
                case ExprNode.Binary b -> new ExprNode[] {b.a(), b.b()};
                case ExprNode.Compare c -> new ExprNode[] {c.a(), c.b()};
                case ExprNode.Where w -> new ExprNode[] {w.cond(), w.x(), w.y()};
            };
        }

        /** Elements {@code [start, start + length)} of the result, written at {@code rd[ro + start..]}. */
        void run(Object rd, int ro, int start, int length) {
            Scratch scratch = SCRATCH.get();
            Object values = scratch.values(loop, valueRows * BLOCK);
            byte[] bools = scratch.bools(boolRows * BLOCK);
            int n = steps.length;
            Object[] data = new Object[n];
            int[] off = new int[n];
            int[] stride = new int[n];
            int[] index = new int[shape.length];
            for (int b = start; b < start + length; b += BLOCK) {
                int m = Math.min(BLOCK, start + length - b);
                for (int s = 0; s < n; s++) {
                    boolean root = s == n - 1;
                    if (root) {
                        data[s] = rd;
                        off[s] = ro + b;
                        stride[s] = 1;
                    } else if (mode[s] == Mode.IN_PLACE) {
                        data[s] = leafData[s];
                        off[s] = leafOffset[s] + b;
                        stride[s] = 1;
                    } else if (mode[s] == Mode.REPEATED) {
                        data[s] = leafData[s];
                        off[s] = leafOffset[s];
                        stride[s] = 0;
                    } else {
                        data[s] = steps[s].dtype() == DType.BOOL ? bools : values;
                        off[s] = row[s] * BLOCK;
                        stride[s] = 1;
                    }
                    if (mode[s] != Mode.COMPUTED) {
                        if (root || mode[s] == Mode.GATHERED) {
                            gather(s, b, m, data[s], off[s], index);
                        }
                        continue;
                    }
                    int[] in = inputs[s];
                    int a = in[0];
                    switch (steps[s]) {
                        case ExprNode.Unary u -> BlockKernels.unary(loop, u.op(), data[a], off[a], stride[a],
                                data[s], off[s], m);
                        case ExprNode.Binary bin -> BlockKernels.binary(loop, bin.op(), data[a], off[a], stride[a],
                                data[in[1]], off[in[1]], stride[in[1]], data[s], off[s], m);
                        case ExprNode.Compare c -> BlockKernels.compare(loop, c.op(), data[a], off[a], stride[a],
                                data[in[1]], off[in[1]], stride[in[1]], (byte[]) data[s], off[s], m);
                        case ExprNode.Where w -> BlockKernels.where(loop, (byte[]) data[a], off[a], stride[a],
                                data[in[1]], off[in[1]], stride[in[1]], data[in[2]], off[in[2]], stride[in[2]],
                                data[s], off[s], m);
                        case ExprNode.Leaf l -> throw new AssertionError("leaves are not computed");
                    }
                }
            }
        }

        /**
         * Copies elements {@code [start, start + m)} (C order of the result's shape) of leaf {@code s}
         * into {@code dst[dOff..]}, converting to the loop dtype: one strided run per innermost row.
         */
        private void gather(int s, int start, int m, Object dst, int dOff, int[] index) {
            Object src = leafData[s];
            int[] st = leafStrides[s];
            int nd = shape.length;
            if (nd == 0) {
                Cast.row(src, leafOffset[s], 0, dst, dOff, 1, m);
                return;
            }
            int pos = start;
            int so = leafOffset[s];
            for (int k = nd - 1; k >= 0; k--) {
                index[k] = pos % shape[k];
                pos /= shape[k];
                so += index[k] * st[k];
            }
            int last = nd - 1;
            int inner = st[last];
            for (int done = 0; done < m; ) {
                int run = Math.min(shape[last] - index[last], m - done);
                Cast.row(src, so, inner, dst, dOff + done, 1, run);
                done += run;
                so += run * inner;
                index[last] += run;
                // carry into the outer axes when a row ends
                for (int k = last; k > 0 && index[k] == shape[k]; k--) {
                    so -= shape[k] * st[k];
                    index[k] = 0;
                    index[k - 1]++;
                    so += st[k - 1];
                }
            }
        }

        private static boolean isZero(int[] strides) {
            for (int s : strides) {
                if (s != 0) {
                    return false;
                }
            }
            return true;
        }

        // element i of the result is element i after the leaf's offset: its strides are the C strides
        // of the result's shape on every axis longer than 1
        private static boolean sameOrder(int[] strides, int[] cStrides, int[] shape) {
            for (int k = 0; k < shape.length; k++) {
                if (shape[k] > 1 && strides[k] != cStrides[k]) {
                    return false;
                }
            }
            return true;
        }

        // the leaf and out are the same cells in the same order: each block of the leaf is read before
        // the same block of out is written
        private static boolean sameElements(NDArray a, NDArray out) {
            return ACCESS.data(a) == ACCESS.data(out) && ACCESS.offset(a) == ACCESS.offset(out)
                    && a.isContiguous() && out.isContiguous() && Arrays.equals(ACCESS.shape(a), ACCESS.shape(out));
        }
    }

    /** Per-thread scratch rows, grown on demand and kept: one evaluation after another allocates nothing. */
    private static final class Scratch {
        private float[] floats = new float[0];
        private double[] doubles = new double[0];
        private byte[] bytes = new byte[0];

        Object values(DType loop, int n) {
            if (loop == DType.FLOAT32) {
                if (floats.length < n) {
                    floats = new float[n];
                }
                return floats;
            }
            if (doubles.length < n) {
                doubles = new double[n];
            }
            return doubles;
        }

        byte[] bools(int n) {
            if (bytes.length < n) {
                bytes = new byte[n];
            }
            return bytes;
        }
    }
}
