package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Broadcast;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * Index expressions of any kind: basic ones go to {@link BasicIndexer} (views), and any
 * expression with an index array is planned here with NumPy's advanced-indexing rules
 * ({@code numpy/_core/src/multiarray/mapping.c}):
 *
 * <ol>
 *   <li>A boolean array of k dims stands for the k integer arrays of its {@code nonzero()};
 *       a 0-d boolean adds an axis of length 1 and selects it ({@code True}) or nothing.</li>
 *   <li>All integer index arrays broadcast to one shape B; integers count as 0-d arrays.</li>
 *   <li>If the advanced pieces stand next to each other, B replaces their axes in place;
 *       if a slice, {@code newaxis} or ellipsis separates them, B comes first.</li>
 * </ol>
 *
 * Every other piece is applied first as a basic view, so the gather/scatter only walks
 * three groups of axes: the untouched axes before B, B itself (through a table of
 * precomputed offsets), and the untouched axes after B.
 */
public final class AdvancedIndexer {
    private static final ArrayAccess ACCESS = Internals.access();

    private AdvancedIndexer() {
    }

    /** {@code a[index]} for any index: a view for basic pieces, a copy otherwise. */
    public static NDArray get(NDArray a, Index... index) {
        if (isBasic(index)) {
            return BasicIndexer.view(a, index);
        }
        if (isFullMask(a, index)) {
            NDArray mask = ((Index.Array) index[0]).array();
            AdvancedPlan.checkMaskShape(ACCESS.shape(a), ACCESS.shape(mask), 0);
            return MaskFilter.filter(a, mask);
        }
        if (index.length == 1 && index[0] instanceof Index.Array rows && RowGather.applies(a, rows.array())) {
            return RowGather.gather(a, rows.array());
        }
        AdvancedPlan plan = AdvancedPlan.of(a, index);
        NDArray out = ACCESS.wrapLike(a, Buffers.allocate(a.dtype(), Shapes.size(plan.resultShape)),
                plan.resultShape);
        plan.walk(ACCESS.data(out), 0, Shapes.cStrides(plan.resultShape), false);
        return out;
    }

    /**
     * {@code a[index] = value}: value broadcast to the indexed shape and cast to {@code a}'s
     * dtype. Everything is validated and the value prepared before the first write, so a
     * failing assignment leaves {@code a} unchanged. Repeated indices: the last write wins.
     */
    public static void set(NDArray a, Index[] index, NDArray value) {
        set(a, index, () -> value);
    }

    /**
     * As {@link #set(NDArray, Index[], NDArray)} with a value made only once the index is known
     * to be valid: NumPy reports a bad index before a bad value ({@code a[5] = np.nan} on a
     * 3-element int array is the IndexError, not the NaN).
     */
    public static void set(NDArray a, Index[] index, java.util.function.Supplier<NDArray> value) {
        if (!a.isWriteable()) {
            throw new IllegalStateException("assignment destination is read-only");
        }
        if (isBasic(index)) {
            NDArray view = BasicIndexer.view(a, index);
            NDArray given = value.get();
            if (given.ndim() > 0 && isElement(a, index)) {
                // a[i, j] = v with an index per axis stores one element: NumPy refuses any array there
                // with ndim > 0, even of size 1 (np.zeros(2)[0] = np.array([7]))
                throw new IllegalArgumentException("setting an array element with a sequence.");
            }
            NDArray v = prepareValue(given, a.dtype(), ACCESS.shape(view), false);
            Cast.copyInto(v, ACCESS.data(view), ACCESS.offset(view), ACCESS.strides(view));
            return;
        }
        // NumPy converts the value after checking the index's form, before broadcasting its arrays,
        // and checks the value's shape before the arrays' bounds: a[[5, 5]] = np.nan on a
        // 3-element int array is the NaN error, a[[5, 5]] = [1, 2, 3] the shape mismatch
        boolean fullMask = isFullMask(a, index);
        NDArray[] given = new NDArray[2];
        AdvancedPlan plan = AdvancedPlan.of(a, index, () -> given[0] = value.get(), resultShape -> {
            if (fullMask) {
                checkMaskValue(given[0], resultShape[0]);
            }
            given[1] = prepareValue(given[0], a.dtype(), resultShape, true);
        });
        NDArray v = given[1];
        plan.walk(ACCESS.data(v), ACCESS.offset(v), ACCESS.strides(v), true);
    }

    /** Whether {@code index} is one integer per axis of {@code a}: NumPy's single-element assignment. */
    private static boolean isElement(NDArray a, Index[] index) {
        if (index.length != a.ndim()) {
            return false;
        }
        for (Index ix : index) {
            if (!(ix instanceof Index.At)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Casts {@code value} to {@code dtype} (always a fresh copy, so it cannot overlap the
     * target) and views it broadcast to {@code shape}. {@code advanced} picks NumPy's wording
     * of the mismatch error.
     */
    static NDArray prepareValue(NDArray value, DType dtype, int[] shape, boolean advanced) {
        int[] vs = ACCESS.shape(value);
        // NumPy drops leading length-1 dims of the value that the target does not have.
        int drop = 0;
        while (vs.length - drop > shape.length && vs[drop] == 1) {
            drop++;
        }
        int[] trimmed = Arrays.copyOfRange(vs, drop, vs.length);
        if (!broadcastable(trimmed, shape)) {
            throw new IllegalArgumentException(advanced
                    ? "shape mismatch: value array of shape " + Shapes.compact(vs)
                            + " could not be broadcast to indexing result of shape " + Shapes.compact(shape)
                    : "could not broadcast input array from shape " + Shapes.compact(vs) + " into shape "
                            + Shapes.compact(shape));
        }
        NDArray cast = value.astype(dtype);
        int[] trimmedStrides = Arrays.copyOfRange(ACCESS.strides(cast), drop, vs.length);
        int[] st = Broadcast.stridesFor(trimmed, trimmedStrides, shape);
        return ACCESS.readOnlyView(cast, shape.clone(), st, ACCESS.offset(cast));
    }

    private static boolean broadcastable(int[] from, int[] to) {
        if (from.length > to.length) {
            return false;
        }
        for (int i = 0; i < from.length; i++) {
            int t = to[to.length - from.length + i];
            if (from[i] != t && from[i] != 1) {
                return false;
            }
        }
        return true;
    }

    /** NumPy's extra checks when a single boolean mask over all axes is assigned to. */
    private static void checkMaskValue(NDArray value, int count) {
        int[] vs = ACCESS.shape(value);
        if (vs.length > 1) {
            throw new IllegalArgumentException("NumPy boolean array indexing assignment requires a 0 or "
                    + "1-dimensional input, input has " + vs.length + " dimensions");
        }
        if (value.size() != 1 && value.size() != count) {
            throw new IllegalArgumentException("NumPy boolean array indexing assignment cannot assign "
                    + value.size() + " input values to the " + count + " output values where the mask is true");
        }
    }

    /** True when no piece is an index array (the view fast path). */
    public static boolean isBasic(Index[] index) {
        for (Index ix : index) {
            if (ix instanceof Index.Array) {
                return false;
            }
        }
        return true;
    }

    /** {@code a[mask]} with one boolean mask over every axis: NumPy's own special case. */
    private static boolean isFullMask(NDArray a, Index[] index) {
        return index.length == 1 && index[0] instanceof Index.Array m && m.array().dtype().isBool()
                && m.array().ndim() == a.ndim() && a.ndim() > 0;
    }
}
