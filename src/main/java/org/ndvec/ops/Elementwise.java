package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.kernels.BinaryOp;
import org.ndvec.kernels.CompareOp;
import org.ndvec.kernels.ElementwiseKernels;
import org.ndvec.kernels.Predicate;
import org.ndvec.kernels.UnaryOp;
import org.ndvec.kernels.scalar.BoolElementwise;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/**
 * The ufunc machinery behind every elementwise method: the path of design.md section 2.
 *
 * <ol>
 *   <li>pick the loop dtype ({@link Promotion}, plus the operator's own rule: true division and
 *       transcendentals compute integers in float64, comparisons write bool);</li>
 *   <li>broadcast the shapes ({@link Broadcast}); broadcast operands keep stride 0, never copied;</li>
 *   <li>allocate the result, or check {@code out}: writeable, exactly the broadcast shape, and
 *       reachable from the result dtype by a same_kind cast; an input that overlaps {@code out}
 *       in any way other than element-for-element is copied first, so in-place updates through
 *       shifted or reversed views are correct;</li>
 *   <li>plan the loop ({@link LoopPlan}: coalesce axes with {@link StridedLoop}, then CONTIGUOUS,
 *       SCALAR_OPERAND, INNER_CONTIGUOUS or STRIDED rows) and hand each 1-d row to the dtype's
 *       kernel family ({@link ElementwiseKernels}), which vectorizes unit-stride rows and scalar
 *       operands and loops over anything else.</li>
 * </ol>
 * All validation happens before the first write, so a failing call leaves {@code out} untouched.
 */
public final class Elementwise {
    private static final ArrayAccess ACCESS = Internals.access();

    private Elementwise() {
    }

    // ------------------------------------------------------------------ binary arithmetic

    /**
     * {@code np.<op>(a, b, out=out)}; {@code out} may be null (a new array) or any writeable array
     * of the broadcast shape whose dtype the result can be cast to (same_kind).
     */
    public static NDArray binary(BinaryOp op, NDArray a, NDArray b, NDArray out) {
        requireNumeric(op.ufunc(), a, b);
        DType loop = binaryLoop(op, a.dtype(), b.dtype());
        NDArray fast = fastBinary(op, loop, a, b, out);
        if (fast != null) {
            return fast;
        }
        Prepared p = prepare(op.ufunc(), loop, loop, out, a, b);
        if (op == BinaryOp.POW && loop.isInteger()) {
            rejectNegativeExponents(p);
        }
        p.run(rowBinary(op, loop, p.data()));
        return p.finish();
    }

    /** The dtype {@code np.<op>} computes in for operands of dtypes a and b (NumPy's loop selection). */
    static DType binaryLoop(BinaryOp op, DType a, DType b) {
        DType t = Promotion.promote(a, b);
        if (op.isBitwise() && t.isFloating()) {
            throw noLoop(op.ufunc());
        }
        if (t == DType.BOOL) {
            return switch (op) {
                case SUB -> throw new IllegalArgumentException("numpy boolean subtract, the `-` operator, is not "
                        + "supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");
                case DIV -> DType.FLOAT64;
                // NumPy computes these in int8, which ndvec lacks; int64 holds the same values.
                case FLOOR_DIVIDE, MOD, POW, LEFT_SHIFT, RIGHT_SHIFT -> DType.INT64;
                default -> DType.BOOL;
            };
        }
        return op == BinaryOp.DIV && t.isInteger() ? DType.FLOAT64 : t;
    }

    // a.add(b) or a.add(b, out) on C-contiguous arrays of one dtype and shape, or with a 0-d b:
    // no broadcasting, no overlap, no planning: one kernel call per chunk (add_f32_1k measures the
    // allocating form; through the planner, out= on 1k floats took 263 ns against 174 allocating).
    private static NDArray fastBinary(BinaryOp op, DType loop, NDArray a, NDArray b, NDArray out) {
        if (a.dtype() != loop || b.dtype() != loop || loop == DType.BOOL || !a.isContiguous() || !b.isContiguous()
                || op == BinaryOp.POW && loop.isInteger()) {
            return null;
        }
        int[] shape = ACCESS.shape(a);
        int bStride;
        if (Arrays.equals(shape, ACCESS.shape(b))) {
            bStride = 1;
        } else if (b.ndim() == 0) {
            bStride = 0;
        } else if (out == null || out == a && out.isWriteable() && ACCESS.data(b) != ACCESS.data(a)) {
            // a.addi(bias) writes each element of a right after reading it, as the allocating form does
            return trailingRowBinary(op, loop, a, b, out);
        } else {
            return null;
        }
        if (out != null && !directOut(out, loop, shape, a, b, bStride)) {
            return null;
        }
        int ao = ACCESS.offset(a);
        int bo = ACCESS.offset(b);
        Object ad = ACCESS.data(a);
        Object bd = ACCESS.data(b);
        // a scalar operand stays at bo in every chunk: bStride 0 keeps its offset
        return contiguous(loop, shape, out,
                (o, oo, i, m) -> contiguousBinary(op, loop, ad, ao + i, bd, bo + i * bStride, bStride, o, oo + i, m));
    }

    /** Writes into {@code out}, or a new array of {@code shape}, one worker chunk at a time. */
    private static NDArray contiguous(DType loop, int[] shape, NDArray out, ContiguousChunk body) {
        int n = Shapes.size(shape);
        Object o = out == null ? Buffers.allocate(loop, n) : ACCESS.data(out);
        int oo = out == null ? 0 : ACCESS.offset(out);
        ChunkedLoop.forEachRange(n, (i, m) -> body.run(o, oo, i, m));
        return out == null ? ACCESS.wrap(o, loop, shape) : out;
    }

    /** Elements {@code [i, i + m)} of a contiguous operation, the result's element 0 at {@code o[oo]}. */
    @FunctionalInterface
    private interface ContiguousChunk {
        void run(Object o, int oo, int i, int m);
    }

    // An out= the kernels can write directly: writeable, C-contiguous, of the loop's dtype and the
    // operands' shape, and either apart from each operand or exactly on it (a.addi(b): element i is
    // read before it is written). A 0-d operand inside out is refused: the scalar tail rereads it.
    // b is null for unary ops. Everything else (errors included) takes the planner.
    private static boolean directOut(NDArray out, DType loop, int[] shape, NDArray a, NDArray b, int bStride) {
        if (out.dtype() != loop || !out.isWriteable() || !out.isContiguous() || !Arrays.equals(shape, ACCESS.shape(out))) {
            return false;
        }
        Object od = ACCESS.data(out);
        int oo = ACCESS.offset(out);
        boolean aApart = ACCESS.data(a) != od || ACCESS.offset(a) == oo;
        boolean bApart = b == null || ACCESS.data(b) != od || bStride == 1 && ACCESS.offset(b) == oo;
        return aApart && bApart;
    }

    // X @ W + b: a small C-contiguous matrix plus a contiguous row matching its trailing dims.
    // One kernel call per row, without the planner (linear_layer_f32_32x10x5 spent ~1 us of its
    // ~2.4 us in the general path for 160 elements; the in-place x.matmul(w).addi(b) took 6.8 us
    // of CPU there, against 0.1 us for this path). Large operands keep the chunked, tiled path.
    // out is null (a new array) or a itself.
    private static NDArray trailingRowBinary(BinaryOp op, DType loop, NDArray a, NDArray b, NDArray out) {
        int[] shape = ACCESS.shape(a);
        int[] bShape = ACCESS.shape(b);
        int n = a.size();
        if (bShape.length > shape.length || n == 0 || n >= SMALL_ROWS_LIMIT
                || !Arrays.equals(bShape, 0, bShape.length, shape, shape.length - bShape.length, shape.length)) {
            return null;
        }
        int w = b.size();
        int ao = ACCESS.offset(a);
        int bo = ACCESS.offset(b);
        Object ad = ACCESS.data(a);
        Object bd = ACCESS.data(b);
        Object o = out == null ? Buffers.allocate(loop, n) : ad;
        int oo = out == null ? 0 : ao;
        if (w < SHORT_ROW) {
            // a short row (5 biases) made one call per row, each a scalar tail: b repeated along
            // a scratch run lets one call cover many rows with whole vectors, the same per-element
            // operation (linear_layer_f32_32x10x5: 32 calls of 5 took ~350 ns, one of 160 ~60)
            int run = Math.min(n, w * Math.max(1, REPEAT_RUN / w));
            Object rep = Buffers.allocate(loop, run);
            System.arraycopy(bd, bo, rep, 0, w);
            for (int filled = w; filled < run; filled *= 2) {
                System.arraycopy(rep, 0, rep, filled, Math.min(filled, run - filled));
            }
            for (int r = 0; r < n; r += run) {
                contiguousBinary(op, loop, ad, ao + r, rep, 0, 1, o, oo + r, Math.min(run, n - r));
            }
            return out == null ? ACCESS.wrap(o, loop, shape) : out;
        }
        for (int r = 0; r < n; r += w) {
            contiguousBinary(op, loop, ad, ao + r, bd, bo, 1, o, oo + r, w);
        }
        return out == null ? ACCESS.wrap(o, loop, shape) : out;
    }

    /** Rows shorter than this are added through a repeated copy of b (linear_layer_f32_32x10x5). */
    private static final int SHORT_ROW = 64;

    /** Elements of that repeated copy: a few KiB, refilled per call (linear_layer_f32_32x10x5). */
    private static final int REPEAT_RUN = 512;

    /** {@code m} elements of {@code a op b} into {@code o[oo..]}; a and o contiguous, b by {@code bStride} (0 or 1). */
    private static void contiguousBinary(BinaryOp op, DType loop, Object ad, int ao, Object bd, int bo, int bStride,
            Object o, int oo, int m) {
        switch (loop) {
            case FLOAT32 -> ElementwiseKernels.f32().binary(op, (float[]) ad, ao, 1, (float[]) bd, bo, bStride, (float[]) o, oo, 1, m);
            case FLOAT64 -> ElementwiseKernels.f64().binary(op, (double[]) ad, ao, 1, (double[]) bd, bo, bStride, (double[]) o, oo, 1, m);
            case INT32 -> ElementwiseKernels.i32().binary(op, (int[]) ad, ao, 1, (int[]) bd, bo, bStride, (int[]) o, oo, 1, m);
            case INT64 -> ElementwiseKernels.i64().binary(op, (long[]) ad, ao, 1, (long[]) bd, bo, bStride, (long[]) o, oo, 1, m);
            default -> throw new AssertionError("bool takes the general path");
        }
    }

    /** {@code m} elements of {@code op(a)} into {@code o[oo..]}, both contiguous. */
    private static void contiguousUnary(UnaryOp op, double param, DType loop, Object ad, int ao, Object o, int oo, int m) {
        switch (loop) {
            case FLOAT32 -> ElementwiseKernels.f32().unary(op, param, (float[]) ad, ao, 1, (float[]) o, oo, 1, m);
            case FLOAT64 -> ElementwiseKernels.f64().unary(op, param, (double[]) ad, ao, 1, (double[]) o, oo, 1, m);
            case INT32 -> ElementwiseKernels.i32().unary(op, param, (int[]) ad, ao, 1, (int[]) o, oo, 1, m);
            case INT64 -> ElementwiseKernels.i64().unary(op, param, (long[]) ad, ao, 1, (long[]) o, oo, 1, m);
            default -> throw new AssertionError("bool takes the general path");
        }
    }

    /** Elements below which a trailing-row broadcast skips the planner: one worker chunk. */
    private static final int SMALL_ROWS_LIMIT = ChunkedLoop.CHUNK;

    private static StridedLoop.RowVisitor rowBinary(BinaryOp op, DType loop, Object[] d) {
        return switch (loop) {
            case FLOAT32 -> {
                float[] a = (float[]) d[0], b = (float[]) d[1], o = (float[]) d[2];
                yield (off, n, st) -> ElementwiseKernels.f32().binary(op, a, off[0], st[0], b, off[1], st[1], o, off[2], st[2], n);
            }
            case FLOAT64 -> {
                double[] a = (double[]) d[0], b = (double[]) d[1], o = (double[]) d[2];
                yield (off, n, st) -> ElementwiseKernels.f64().binary(op, a, off[0], st[0], b, off[1], st[1], o, off[2], st[2], n);
            }
            case INT32 -> {
                int[] a = (int[]) d[0], b = (int[]) d[1], o = (int[]) d[2];
                yield (off, n, st) -> ElementwiseKernels.i32().binary(op, a, off[0], st[0], b, off[1], st[1], o, off[2], st[2], n);
            }
            case INT64 -> {
                long[] a = (long[]) d[0], b = (long[]) d[1], o = (long[]) d[2];
                yield (off, n, st) -> ElementwiseKernels.i64().binary(op, a, off[0], st[0], b, off[1], st[1], o, off[2], st[2], n);
            }
            case BOOL -> {
                byte[] a = (byte[]) d[0], b = (byte[]) d[1], o = (byte[]) d[2];
                yield (off, n, st) -> BoolElementwise.binary(op, a, off[0], st[0], b, off[1], st[1], o, off[2], st[2], n);
            }
            default -> throw noLoop(op.ufunc());
        };
    }

    private static void rejectNegativeExponents(Prepared p) {
        Object e = p.data()[1];
        StridedLoop.plan(p.shape(), p.strides()[1]).forEachRow(new int[] {p.offsets()[1]}, (off, n, st) -> {
            for (int i = 0; i < n; i++) {
                if (Buffers.getLong(e, off[0] + i * st[0]) < 0) {
                    throw new IllegalArgumentException("Integers to negative integer powers are not allowed.");
                }
            }
        });
    }

    // ------------------------------------------------------------------ comparisons and logic

    /** {@code np.<op>(a, b, out=out)} with a bool result. */
    public static NDArray compare(CompareOp op, NDArray a, NDArray b, NDArray out) {
        if (a.dtype() == DType.STRING || b.dtype() == DType.STRING) {
            return org.ndvec.strings.StringComparisons.compare(op, a, b, out);
        }
        requireNumeric(op.ufunc(), a, b);
        DType loop = Promotion.promote(a.dtype(), b.dtype());
        Prepared p = prepare(op.ufunc(), loop, DType.BOOL, out, a, b);
        Object[] d = p.data();
        byte[] o = (byte[]) d[2];
        StridedLoop.RowVisitor row = switch (loop) {
            case FLOAT32 -> (off, n, st) -> ElementwiseKernels.f32().compare(op, (float[]) d[0], off[0], st[0],
                    (float[]) d[1], off[1], st[1], o, off[2], st[2], n);
            case FLOAT64 -> (off, n, st) -> ElementwiseKernels.f64().compare(op, (double[]) d[0], off[0], st[0],
                    (double[]) d[1], off[1], st[1], o, off[2], st[2], n);
            case INT32 -> (off, n, st) -> ElementwiseKernels.i32().compare(op, (int[]) d[0], off[0], st[0],
                    (int[]) d[1], off[1], st[1], o, off[2], st[2], n);
            case INT64 -> (off, n, st) -> ElementwiseKernels.i64().compare(op, (long[]) d[0], off[0], st[0],
                    (long[]) d[1], off[1], st[1], o, off[2], st[2], n);
            case BOOL -> (off, n, st) -> BoolElementwise.compare(op, (byte[]) d[0], off[0], st[0],
                    (byte[]) d[1], off[1], st[1], o, off[2], st[2], n);
            default -> throw noLoop(op.ufunc());
        };
        p.run(row);
        return p.finish();
    }

    /**
     * {@code np.logical_and/or/xor(a, b, out=out)} given as {@code BITWISE_AND/OR/XOR}: both
     * operands are read as truth values ({@code x != 0}, NaN is true), the result is bool.
     */
    public static NDArray logical(BinaryOp op, NDArray a, NDArray b, NDArray out) {
        String name = "logical_" + op.ufunc().substring("bitwise_".length());
        requireNumeric(name, a, b);
        Prepared p = prepare(name, DType.BOOL, DType.BOOL, out, a, b);
        p.run(rowBinary(op, DType.BOOL, p.data()));
        return p.finish();
    }

    /** {@code np.logical_not(a, out=out)}. */
    public static NDArray logicalNot(NDArray a, NDArray out) {
        requireNumeric("logical_not", a);
        NDArray t = ACCESS.wrap(new byte[] {1}, DType.BOOL, new int[0]);
        Prepared p = prepare("logical_not", DType.BOOL, DType.BOOL, out, a, t);
        p.run(rowBinary(BinaryOp.BITWISE_XOR, DType.BOOL, p.data()));
        return p.finish();
    }

    // ------------------------------------------------------------------ unary

    /** {@code np.<op>(a, out=out)}; {@code param} is alpha or decimals where the operator takes one. */
    public static NDArray unary(UnaryOp op, double param, NDArray a, NDArray out) {
        requireNumeric(op.ufunc(), a);
        DType in = a.dtype();
        if (in == DType.BOOL) {
            switch (op) {
                case NEG -> throw new IllegalArgumentException("The numpy boolean negative, the `-` operator, is not "
                        + "supported, use the `~` operator or the logical_not function instead.");
                case SIGN -> throw new IllegalArgumentException("ufunc 'sign' did not contain a loop with signature "
                        + "matching types <class 'numpy.dtypes.BoolDType'> -> None");
                case INVERT -> {
                    return logicalNot(a, out);
                }
                case SQUARE, RECIPROCAL -> {
                    // NumPy answers in int8 (x*x and 1/x of 0 and 1 are the values themselves); ndvec's
                    // int64 holds them: x & x copies them, under this ufunc's name for its errors
                    NDArray x = a.astype(DType.INT64);
                    Prepared p = prepare(op.ufunc(), DType.INT64, DType.INT64, out, x, x);
                    p.run(rowBinary(BinaryOp.BITWISE_AND, DType.INT64, p.data()));
                    return p.finish();
                }
                case ABS, FLOOR, CEIL -> {
                    Prepared p = prepare(op.ufunc(), DType.BOOL, DType.BOOL, out, a, a);
                    p.run(rowBinary(BinaryOp.BITWISE_AND, DType.BOOL, p.data()));
                    return p.finish();
                }
                default -> {
                }
            }
        }
        if (op == UnaryOp.RELU && !in.isFloating()) {
            // relu is np.maximum(a, 0): integers keep their dtype (0 is a weak scalar), bool gives
            // int64, as NumPy's maximum of a bool array and a Python int does
            return binary(BinaryOp.MAXIMUM, a, Scalars.of(a, 0L), out);
        }
        DType loop;
        if (op.isFloatOnly()) {
            // NumPy gives float16 for bool input, which ndvec lacks: float32 is the nearest it has.
            loop = in == DType.BOOL ? DType.FLOAT32 : in.isInteger() ? DType.FLOAT64 : in;
        } else if (op == UnaryOp.INVERT && in.isFloating()) {
            throw noLoop(op.ufunc());
        } else {
            loop = in == DType.BOOL ? DType.INT64 : in;
        }
        if (a.dtype() == loop && a.isContiguous() && (out == null || directOut(out, loop, ACCESS.shape(a), a, null, 0))) {
            // contiguous input of the loop's dtype: one kernel call per chunk, no planning
            // (relu of 160 floats spent ~200 ns in the planner)
            Object ad = ACCESS.data(a);
            int ao = ACCESS.offset(a);
            return contiguous(loop, ACCESS.shape(a), out,
                    (o, oo, i, m) -> contiguousUnary(op, param, loop, ad, ao + i, o, oo + i, m));
        }
        Prepared p = prepare(op.ufunc(), loop, loop, out, a);
        Object[] d = p.data();
        StridedLoop.RowVisitor row = switch (loop) {
            case FLOAT32 -> (off, n, st) -> ElementwiseKernels.f32().unary(op, param, (float[]) d[0], off[0], st[0],
                    (float[]) d[1], off[1], st[1], n);
            case FLOAT64 -> (off, n, st) -> ElementwiseKernels.f64().unary(op, param, (double[]) d[0], off[0], st[0],
                    (double[]) d[1], off[1], st[1], n);
            case INT32 -> (off, n, st) -> ElementwiseKernels.i32().unary(op, param, (int[]) d[0], off[0], st[0],
                    (int[]) d[1], off[1], st[1], n);
            case INT64 -> (off, n, st) -> ElementwiseKernels.i64().unary(op, param, (long[]) d[0], off[0], st[0],
                    (long[]) d[1], off[1], st[1], n);
            default -> throw noLoop(op.ufunc());
        };
        p.run(row);
        return p.finish();
    }

    /** {@code np.isnan/isinf/isfinite(a, out=out)}; integers and bools are always finite. */
    public static NDArray predicate(Predicate test, NDArray a, NDArray out) {
        String name = test.name().toLowerCase(java.util.Locale.ROOT);
        requireNumeric(name, a);
        DType in = a.dtype();
        Prepared p = prepare(name, in, DType.BOOL, out, a);
        Object[] d = p.data();
        byte[] o = (byte[]) d[1];
        StridedLoop.RowVisitor row = switch (in) {
            case FLOAT32 -> (off, n, st) -> ElementwiseKernels.f32().predicate(test, (float[]) d[0], off[0], st[0],
                    o, off[1], st[1], n);
            case FLOAT64 -> (off, n, st) -> ElementwiseKernels.f64().predicate(test, (double[]) d[0], off[0], st[0],
                    o, off[1], st[1], n);
            default -> {
                byte v = (byte) (test == Predicate.ISFINITE ? 1 : 0);
                yield (off, n, st) -> {
                    for (int i = 0; i < n; i++) {
                        o[off[1] + i * st[1]] = v;
                    }
                };
            }
        };
        p.run(row);
        return p.finish();
    }

    // ------------------------------------------------------------------ ternary

    /** {@code a * b + c} in one pass with one rounding for floats; broadcasting all three. */
    public static NDArray fma(NDArray a, NDArray b, NDArray c, NDArray out) {
        requireNumeric("fma", a, b, c);
        DType loop = Promotion.promote(Promotion.promote(a.dtype(), b.dtype()), c.dtype());
        if (loop == DType.BOOL) {
            loop = DType.INT64; // no bool fused loop; int64 holds a*b+c of 0/1 values
        }
        Prepared p = prepare("fma", loop, loop, out, a, b, c);
        Object[] d = p.data();
        StridedLoop.RowVisitor row = switch (loop) {
            case FLOAT32 -> (off, n, st) -> ElementwiseKernels.f32().fma((float[]) d[0], off[0], st[0],
                    (float[]) d[1], off[1], st[1], (float[]) d[2], off[2], st[2], (float[]) d[3], off[3], st[3], n);
            case FLOAT64 -> (off, n, st) -> ElementwiseKernels.f64().fma((double[]) d[0], off[0], st[0],
                    (double[]) d[1], off[1], st[1], (double[]) d[2], off[2], st[2], (double[]) d[3], off[3], st[3], n);
            case INT32 -> (off, n, st) -> ElementwiseKernels.i32().fma((int[]) d[0], off[0], st[0],
                    (int[]) d[1], off[1], st[1], (int[]) d[2], off[2], st[2], (int[]) d[3], off[3], st[3], n);
            case INT64 -> (off, n, st) -> ElementwiseKernels.i64().fma((long[]) d[0], off[0], st[0],
                    (long[]) d[1], off[1], st[1], (long[]) d[2], off[2], st[2], (long[]) d[3], off[3], st[3], n);
            default -> throw noLoop("fma");
        };
        p.run(row);
        return p.finish();
    }

    /** {@code np.where(cond, x, y)}: x where cond is true, else y; x and y promote, all three broadcast. */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        if (x.dtype() == DType.STRING || y.dtype() == DType.STRING) {
            return org.ndvec.strings.StringComparisons.where(cond, x, y);
        }
        requireNumeric("where", cond, x, y);
        DType loop = Promotion.promote(x.dtype(), y.dtype());
        Prepared p = prepare("where", new DType[] {DType.BOOL, loop, loop}, loop, null, cond, x, y);
        Object[] d = p.data();
        byte[] cd = (byte[]) d[0];
        StridedLoop.RowVisitor row = switch (loop) {
            case FLOAT32 -> (off, n, st) -> ElementwiseKernels.f32().where(cd, off[0], st[0], (float[]) d[1], off[1], st[1],
                    (float[]) d[2], off[2], st[2], (float[]) d[3], off[3], st[3], n);
            case FLOAT64 -> (off, n, st) -> ElementwiseKernels.f64().where(cd, off[0], st[0], (double[]) d[1], off[1], st[1],
                    (double[]) d[2], off[2], st[2], (double[]) d[3], off[3], st[3], n);
            case INT32 -> (off, n, st) -> ElementwiseKernels.i32().where(cd, off[0], st[0], (int[]) d[1], off[1], st[1],
                    (int[]) d[2], off[2], st[2], (int[]) d[3], off[3], st[3], n);
            case INT64 -> (off, n, st) -> ElementwiseKernels.i64().where(cd, off[0], st[0], (long[]) d[1], off[1], st[1],
                    (long[]) d[2], off[2], st[2], (long[]) d[3], off[3], st[3], n);
            case BOOL -> (off, n, st) -> BoolElementwise.where(cd, off[0], st[0], (byte[]) d[1], off[1], st[1],
                    (byte[]) d[2], off[2], st[2], (byte[]) d[3], off[3], st[3], n);
            default -> throw noLoop("where");
        };
        p.run(row);
        return p.finish();
    }

    // ------------------------------------------------------------------ shared preparation

    /**
     * Everything a kernel loop needs: the broadcast shape, each operand's storage, offset and
     * (broadcast) strides, the last operand being the array the kernels write. When {@code out}
     * has another dtype than the kernels produce, they write a temporary that {@link #finish}
     * casts into {@code out}.
     */
    private record Prepared(int[] shape, Object[] data, int[] offsets, int[][] strides, StridedLoop loop,
                            NDArray written, NDArray out) {
        void run(StridedLoop.RowVisitor row) {
            ChunkedLoop.forEachRow(loop, offsets, row);
        }

        NDArray finish() {
            if (out != null && written != out) {
                org.ndvec.storage.Cast.copyInto(written, ACCESS.data(out), ACCESS.offset(out), ACCESS.strides(out));
                return out;
            }
            return written;
        }
    }

    private static Prepared prepare(String ufunc, DType loop, DType result, NDArray out, NDArray... in) {
        DType[] loops = new DType[in.length];
        Arrays.fill(loops, loop);
        return prepare(ufunc, loops, result, out, in);
    }

    private static Prepared prepare(String ufunc, DType[] loops, DType result, NDArray out, NDArray... in) {
        int[][] shapes = new int[in.length][];
        for (int k = 0; k < in.length; k++) {
            shapes[k] = ACCESS.shape(in[k]);
        }
        int[] shape;
        NDArray written;
        if (out != null) {
            // NumPy's order: a read-only out, then the cast, then broadcasting all operands with
            // out, whose error lists out's shape too ("... (3,) () (4,)")
            if (!out.isWriteable()) {
                throw new IllegalStateException("output array is read-only");
            }
            if (!Promotion.canCastSameKind(result, out.dtype())) {
                throw new IllegalArgumentException("Cannot cast ufunc '" + ufunc + "' output from dtype('" + result
                        + "') to dtype('" + out.dtypeDescr() + "') with casting rule 'same_kind'");
            }
            int[] outShape = ACCESS.shape(out);
            int[][] all = Arrays.copyOf(shapes, shapes.length + 1);
            all[shapes.length] = outShape;
            int[] full = Broadcast.shapes(all);
            if (!Arrays.equals(full, outShape)) {
                throw new IllegalArgumentException("non-broadcastable output operand with shape "
                        + Shapes.compact(outShape) + " doesn't match the broadcast shape " + Shapes.compact(full));
            }
            shape = outShape;
            written = out.dtype() == result ? out : ACCESS.wrap(Buffers.allocate(result, Shapes.size(shape)), result, shape);
        } else {
            shape = Broadcast.shapes(shapes);
            written = ACCESS.wrap(Buffers.allocate(result, Shapes.size(shape)), result, shape);
        }
        int ops = in.length + 1;
        Object[] data = new Object[ops];
        int[] offsets = new int[ops];
        int[][] strides = new int[ops][];
        for (int k = 0; k < in.length; k++) {
            NDArray x = in[k].dtype() == loops[k] ? in[k] : in[k].astype(loops[k]);
            int[] st = Broadcast.stridesFor(ACCESS.shape(x), ACCESS.strides(x), shape);
            if (written == out && !sameElements(x, st, out) && x.sharesMemory(out)) {
                x = x.copy(); // overlapping but shifted or reordered: reading while writing would see new values
                st = Broadcast.stridesFor(ACCESS.shape(x), ACCESS.strides(x), shape);
            }
            data[k] = ACCESS.data(x);
            offsets[k] = ACCESS.offset(x);
            strides[k] = st;
        }
        data[in.length] = ACCESS.data(written);
        offsets[in.length] = ACCESS.offset(written);
        strides[in.length] = ACCESS.strides(written);
        StridedLoop loopPlan = StridedLoop.plan(shape, strides);
        return new Prepared(shape, data, offsets, strides, loopPlan, written, out);
    }

    /**
     * Checks an {@code out=} operand of a ufunc whose inputs broadcast to {@code shape} and whose loop
     * writes {@code result}: its shape must be the broadcast of both, it must be writeable and
     * reachable from {@code result} by a same_kind cast. Returns the shape the loop runs over (out's).
     */
    static int[] checkOut(String ufunc, int[] shape, DType result, NDArray out) {
        int[] outShape = ACCESS.shape(out);
        int[] full;
        try {
            full = Broadcast.shapes(shape, outShape);
        } catch (IllegalArgumentException e) {
            full = shape;
        }
        if (!Arrays.equals(full, outShape)) {
            throw new IllegalArgumentException("non-broadcastable output operand with shape "
                    + Shapes.compact(outShape) + " doesn't match the broadcast shape " + Shapes.compact(full));
        }
        if (!out.isWriteable()) {
            throw new IllegalStateException("output array is read-only");
        }
        if (!Promotion.canCastSameKind(result, out.dtype())) {
            throw new IllegalArgumentException("Cannot cast ufunc '" + ufunc + "' output from dtype('" + result
                    + "') to dtype('" + out.dtype() + "') with casting rule 'same_kind'");
        }
        return outShape;
    }

    // True when input element i and output element i are the same storage cell for every i,
    // so each output is written only after its own input was read.
    private static boolean sameElements(NDArray x, int[] xStrides, NDArray out) {
        if (ACCESS.data(x) != ACCESS.data(out) || ACCESS.offset(x) != ACCESS.offset(out)) {
            return false;
        }
        int[] os = ACCESS.strides(out);
        int[] shape = ACCESS.shape(out);
        for (int k = 0; k < os.length; k++) {
            if (shape[k] > 1 && os[k] != xStrides[k]) {
                return false;
            }
        }
        return true;
    }

    // The numeric loops cover bool, integer and float dtypes; anything else (a dtype added later,
    // such as strings) gets NumPy's "no loop" TypeError instead of a ClassCastException inside.
    static void requireNumeric(String ufunc, NDArray... arrays) {
        for (NDArray x : arrays) {
            DType t = x.dtype();
            if (!t.isBool() && !t.isInteger() && !t.isFloating()) {
                // NumPy lists every operand's dtype: (dtype('<U5'), dtype('float64')) -> None
                StringBuilder types = new StringBuilder("(");
                for (NDArray y : arrays) {
                    types.append(types.length() > 1 ? ", " : "").append("dtype('").append(y.dtypeDescr()).append("')");
                }
                throw new IllegalArgumentException("ufunc '" + ufunc + "' did not contain a loop with signature "
                        + "matching types " + types + (arrays.length == 1 ? ",)" : ")") + " -> None");
            }
        }
    }

    static IllegalArgumentException noLoop(String ufunc) {
        return new IllegalArgumentException("ufunc '" + ufunc + "' not supported for the input types, and the inputs "
                + "could not be safely coerced to any supported types according to the casting rule ''safe''");
    }
}
