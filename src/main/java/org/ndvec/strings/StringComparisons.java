package org.ndvec.strings;

import java.util.Objects;
import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.kernels.CompareOp;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;
import org.ndvec.storage.Strings;

/**
 * Element-wise operations of two arrays at least one of which holds strings: the six comparisons
 * with broadcasting (code-point order, as NumPy compares UCS-4), and {@code where} with string
 * branches. As in NumPy 2, a string is never equal to a number ({@code ==} all false, {@code !=} all
 * true) and cannot be ordered against one; numbers meeting strings in {@code where} become strings
 * ({@code str()} of the scalar) in a {@code <U} as wide as NumPy makes it (int64 21, float 32, ...).
 */
public final class StringComparisons {
    private static final ArrayAccess ACCESS = Internals.access();

    private StringComparisons() {
    }

    /**
     * {@code np.equal/not_equal/less/less_equal/greater/greater_equal(a, b, out=out)} with a string operand.
     *
     * @param op the comparison; a string compared with a number is never equal (so {@code EQ} is all false,
     *     {@code NE} all true), and the orderings reject that pair
     * @param a the left operand; strings compare by code point
     * @param b the right operand, broadcast against {@code a}
     * @param out a writeable bool array of the broadcast shape to fill, or null for a new one
     * @return {@code out}, or the new bool array of the broadcast shape
     * @throws IllegalStateException if {@code out} is read-only
     * @throws IllegalArgumentException NumPy's {@code ufunc 'less' did not contain a loop with signature matching
     *     types (<class 'numpy.dtypes.StrDType'>, <class 'numpy.dtypes.Int64DType'>) -> None} for an ordering of a
     *     string and a number; the broadcast error for incompatible shapes
     */
    public static NDArray compare(CompareOp op, NDArray a, NDArray b, NDArray out) {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(a, "a");
        int[] shape = Broadcast.shapes(a.shape(), b.shape());
        boolean strA = a.dtype() == DType.STRING;
        boolean strB = b.dtype() == DType.STRING;
        if (strA != strB && op != CompareOp.EQ && op != CompareOp.NE) {
            throw new IllegalArgumentException("ufunc '" + op.ufunc() + "' did not contain a loop with signature matching "
                    + "types (" + dtypeClass(a) + ", " + dtypeClass(b) + ") -> None");
        }
        NDArray result = out;
        if (out == null) {
            result = ACCESS.wrap(new byte[Shapes.size(shape)], DType.BOOL, shape);
        } else if (!Arrays.equals(out.shape(), shape) || out.dtype() != DType.BOOL) {
            throw new IllegalArgumentException("comparison output must be a bool array of shape " + Shapes.python(shape));
        } else if (!out.isWriteable()) {
            throw new IllegalStateException("output array is read-only");
        }
        byte[] o = (byte[]) ACCESS.data(result);
        if (strA != strB) {
            byte v = (byte) (op == CompareOp.NE ? 1 : 0);
            StridedLoop.plan(shape, ACCESS.strides(result)).forEachRow(new int[] {ACCESS.offset(result)},
                    (off, n, st) -> {
                        for (int i = 0, p = off[0]; i < n; i++, p += st[0]) {
                            o[p] = v;
                        }
                    });
            return result;
        }
        String[] x = (String[]) ACCESS.data(a);
        String[] y = (String[]) ACCESS.data(b);
        int[] sa = Broadcast.stridesFor(a.shape(), ACCESS.strides(a), shape);
        int[] sb = Broadcast.stridesFor(b.shape(), ACCESS.strides(b), shape);
        StridedLoop.plan(shape, sa, sb, ACCESS.strides(result)).forEachRow(
                new int[] {ACCESS.offset(a), ACCESS.offset(b), ACCESS.offset(result)}, (off, n, st) -> {
                    for (int i = 0, p = off[0], q = off[1], r = off[2]; i < n; i++, p += st[0], q += st[1], r += st[2]) {
                        int c = StringOps.CODE_POINT_ORDER.compare(x[p], y[q]);
                        boolean t = switch (op) {
                            case EQ -> c == 0;
                            case NE -> c != 0;
                            case LT -> c < 0;
                            case LE -> c <= 0;
                            case GT -> c > 0;
                            case GE -> c >= 0;
                        };
                        o[r] = (byte) (t ? 1 : 0);
                    }
                });
        return result;
    }

    /** NumPy 2's dtype class names, as its ufunc errors print them. */
    private static String dtypeClass(NDArray a) {
        String name = switch (a.dtype()) {
            case BOOL -> "BoolDType";
            case INT32 -> "Int32DType";
            case INT64 -> "Int64DType";
            case FLOAT32 -> "Float32DType";
            case FLOAT64 -> "Float64DType";
            case STRING -> "StrDType";
        };
        return "<class 'numpy.dtypes." + name + "'>";
    }

    /**
     * {@code np.where(cond, x, y)} where {@code x} or {@code y} holds strings: a {@code <U} array of the
     * broadcast shape, as wide as the wider branch (numbers count as NumPy's widths for their dtype).
     *
     * @param cond where true, the element comes from {@code x}, else from {@code y}
     * @param x the elements taken where {@code cond} is true; numbers are converted to strings
     * @param y the elements taken where {@code cond} is false; numbers are converted to strings
     * @return a new string array of the shape {@code cond}, {@code x} and {@code y} broadcast to
     * @throws IllegalArgumentException if the three shapes do not broadcast together
     */
    public static NDArray where(NDArray cond, NDArray x, NDArray y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(cond, "cond");
        Objects.requireNonNull(y, "y");
        int[] shape = Broadcast.shapes(cond.shape(), x.shape(), y.shape());
        NDArray xs = asStrings(x);
        NDArray ys = asStrings(y);
        int width = Math.max(ACCESS.stringWidth(xs), ACCESS.stringWidth(ys));
        String[] out = new String[Shapes.size(shape)];
        Object c = ACCESS.data(cond);
        String[] xd = (String[]) ACCESS.data(xs);
        String[] yd = (String[]) ACCESS.data(ys);
        int[] sc = Broadcast.stridesFor(cond.shape(), ACCESS.strides(cond), shape);
        int[] sx = Broadcast.stridesFor(xs.shape(), ACCESS.strides(xs), shape);
        int[] sy = Broadcast.stridesFor(ys.shape(), ACCESS.strides(ys), shape);
        StridedLoop.plan(shape, sc, sx, sy, Shapes.cStrides(shape)).forEachRow(
                new int[] {ACCESS.offset(cond), ACCESS.offset(xs), ACCESS.offset(ys), 0}, (off, n, st) -> {
                    for (int i = 0, p = off[0], q = off[1], r = off[2], w = off[3]; i < n;
                         i++, p += st[0], q += st[1], r += st[2], w += st[3]) {
                        out[w] = Buffers.getBoolean(c, p) ? xd[q] : yd[r];
                    }
                });
        return ACCESS.wrapString(out, width, shape);
    }

    private static NDArray asStrings(NDArray a) {
        return a.dtype() == DType.STRING ? a : Cast.copy(a, DType.STRING);
    }

    /**
     * The width of strings joined from these arrays: the widest string array, or NumPy's width for a number dtype.
     *
     * @param arrays the arrays being joined (e.g. by {@code np.concatenate})
     * @return the largest of their widths in characters, at least 1
     */
    public static int joinedWidth(NDArray[] arrays) {
        org.ndvec.internal.Args.elements(arrays, "arrays");
        int width = 1;
        for (NDArray a : arrays) {
            width = Math.max(width, a.dtype() == DType.STRING ? ACCESS.stringWidth(a) : Strings.widthOf(a.dtype()));
        }
        return width;
    }
}
