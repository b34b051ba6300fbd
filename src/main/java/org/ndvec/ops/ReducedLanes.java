package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Shapes;

/**
 * A reduction over any set of axes seen as one strided lane per output element, the shape of
 * NumPy's {@code _ureduce}: the reduced axes are moved last and, when they cannot be walked with a
 * single stride, copied C-contiguous (as NumPy copies them), so every lane is
 * {@code data[offsets[i] + j * stride]} for {@code j < n}. Lanes are numbered in C order of the
 * kept axes, which is the layout of the result.
 */
final class ReducedLanes {
    private static final ArrayAccess ACCESS = Internals.access();

    final Object data;
    /** Elements per lane. */
    final int n;
    final int stride;
    /** Start of each lane, in C order of the kept axes. */
    final int[] offsets;
    private final int[] shape;
    private final boolean[] reduced;

    private ReducedLanes(Object data, int n, int stride, int[] offsets, int[] shape, boolean[] reduced) {
        this.data = data;
        this.n = n;
        this.stride = stride;
        this.offsets = offsets;
        this.shape = shape;
        this.reduced = reduced;
    }

    /**
     * @param axes the axes to reduce, negative counting from the end; {@code null} for all
     * @throws org.ndvec.AxisException for an axis out of range
     * @throws IllegalArgumentException {@code repeated axis}
     */
    static ReducedLanes of(NDArray a, int[] axes) {
        int nd = a.ndim();
        boolean[] reduced = new boolean[nd];
        if (axes == null) {
            Arrays.fill(reduced, true);
        } else {
            for (int ax : Shapes.normalizeAxes(axes, nd, "repeated axis")) {
                reduced[ax] = true;
            }
        }
        int[] perm = new int[nd];
        int kept = 0;
        for (int k = 0; k < nd; k++) {
            if (!reduced[k]) {
                perm[kept++] = k;
            }
        }
        for (int k = 0, j = kept; k < nd; k++) {
            if (reduced[k]) {
                perm[j++] = k;
            }
        }
        NDArray v = a.transpose(perm);
        int stride = singleStride(ACCESS.shape(v), ACCESS.strides(v), kept);
        if (stride == Integer.MIN_VALUE) {
            v = v.copy();
            stride = 1;
        }
        int[] vs = ACCESS.shape(v);
        int n = 1;
        for (int k = kept; k < nd; k++) {
            n *= vs[k];
        }
        int[] outer = Arrays.copyOf(vs, kept);
        int[] offsets = new int[Shapes.size(outer)];
        if (offsets.length > 0) {
            int[] pos = {0};
            StridedLoop.plan(outer, Arrays.copyOf(ACCESS.strides(v), kept)).forEachRow(
                    new int[] {ACCESS.offset(v)}, (off, len, st) -> {
                        for (int i = 0; i < len; i++) {
                            offsets[pos[0]++] = off[0] + i * st[0];
                        }
                    });
        }
        return new ReducedLanes(ACCESS.data(v), n, stride, offsets, a.shape(), reduced);
    }

    /**
     * The one stride that walks the trailing axes {@code [from, nd)} in C order, or
     * {@code Integer.MIN_VALUE} when none does.
     */
    private static int singleStride(int[] shape, int[] strides, int from) {
        int stride = 1;
        long expected = Long.MIN_VALUE;
        for (int k = shape.length - 1; k >= from; k--) {
            if (shape[k] == 0) {
                return 1;
            }
            if (shape[k] == 1) {
                continue;
            }
            if (expected == Long.MIN_VALUE) {
                stride = strides[k];
            } else if (strides[k] != expected) {
                return Integer.MIN_VALUE;
            }
            expected = (long) strides[k] * shape[k];
        }
        return stride;
    }

    /** Number of lanes (outputs). */
    int count() {
        return offsets.length;
    }

    /** The result shape: the kept axes, and 1 for each reduced axis under keepdims. */
    int[] resultShape(boolean keepdims) {
        int[] out = new int[shape.length];
        int j = 0;
        for (int k = 0; k < shape.length; k++) {
            if (!reduced[k]) {
                out[j++] = shape[k];
            } else if (keepdims) {
                out[j++] = 1;
            }
        }
        return Arrays.copyOf(out, j);
    }
}
