package org.ndvec.layout;

import java.util.Arrays;
import org.ndvec.AxisException;

/**
 * Shape arithmetic shared by every layer: sizes with overflow checks, C-order
 * strides, axis normalization, and the two ways NumPy spells a shape.
 *
 * <p>All strides here are in elements, not bytes.
 */
public final class Shapes {
    /** NumPy 2's {@code NPY_MAXDIMS}. */
    public static final int MAX_DIMS = 64;

    /**
     * Largest element count one Java array can hold on HotSpot; the JVM reserves a
     * few header words below {@code Integer.MAX_VALUE}.
     */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private Shapes() {
    }

    /**
     * The number of elements of a shape, checked: negative dims and products that
     * do not fit one Java array raise {@link IllegalArgumentException}.
     */
    public static int size(int[] shape) {
        if (shape.length > MAX_DIMS) {
            throw new IllegalArgumentException("maximum supported dimension for an ndarray is currently "
                    + MAX_DIMS + ", found " + shape.length);
        }
        long n = 1;
        boolean zero = false;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimensions are not allowed");
            }
            if (d == 0) {
                zero = true;
            }
        }
        if (zero) {
            return 0;
        }
        for (int d : shape) {
            n *= d;
            if (n > MAX_SIZE) {
                throw new IllegalArgumentException("array is too big: shape " + python(shape)
                        + " has more elements than one Java array can hold (" + MAX_SIZE + ")");
            }
        }
        return (int) n;
    }

    /** C-order (row-major) strides in elements for a shape. */
    public static int[] cStrides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return strides;
    }

    /**
     * True when the layout is C-contiguous as NumPy's {@code flags['C_CONTIGUOUS']}
     * defines it: strides of dims of length 1 do not matter, and empty arrays are contiguous.
     */
    public static boolean isCContiguous(int[] shape, int[] strides) {
        if (isEmpty(shape)) {
            return true;
        }
        int expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            int d = shape[i];
            if (d == 0) {
                return true;
            }
            if (d != 1) {
                if (strides[i] != expected) {
                    return false;
                }
                expected *= d;
            }
        }
        return true;
    }

    /** True when the layout is Fortran-contiguous (column-major), NumPy's {@code flags['F_CONTIGUOUS']}. */
    public static boolean isFContiguous(int[] shape, int[] strides) {
        if (isEmpty(shape)) {
            return true;
        }
        int expected = 1;
        for (int i = 0; i < shape.length; i++) {
            int d = shape[i];
            if (d == 0) {
                return true;
            }
            if (d != 1) {
                if (strides[i] != expected) {
                    return false;
                }
                expected *= d;
            }
        }
        return true;
    }

    /** True when some dim is 0 (NumPy flags every empty array as both C- and F-contiguous). */
    public static boolean isEmpty(int[] shape) {
        for (int d : shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Maps a possibly negative axis onto {@code [0, ndim)}.
     *
     * @throws IllegalArgumentException {@code axis 2 is out of bounds for array of dimension 2}
     */
    public static int normalizeAxis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new AxisException(axis, ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /**
     * Normalizes a list of axes and refuses repeats, with the message NumPy uses
     * for the operation in question ({@code "repeated axis"} for reductions,
     * {@code "repeated axis in transpose"} for transpose).
     */
    public static int[] normalizeAxes(int[] axes, int ndim, String repeatedMessage) {
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[ndim];
        for (int i = 0; i < axes.length; i++) {
            int a = normalizeAxis(axes[i], ndim);
            if (seen[a]) {
                throw new IllegalArgumentException(repeatedMessage);
            }
            seen[a] = true;
            out[i] = a;
        }
        return out;
    }

    /**
     * Maps a possibly negative index onto {@code [0, size)}.
     *
     * @throws IndexOutOfBoundsException {@code index 10 is out of bounds for axis 0 with size 5}
     */
    public static int normalizeIndex(long index, int axis, int size) {
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException(
                    "index " + index + " is out of bounds for axis " + axis + " with size " + size);
        }
        return (int) (index < 0 ? index + size : index);
    }

    /** A shape as Python prints a tuple: {@code (2, 3)}, {@code (5,)}, {@code ()}. */
    public static String python(int[] shape) {
        return tuple(shape, ", ");
    }

    /** A shape as NumPy's error messages print it: {@code (2,3)}, {@code (5,)}, {@code ()}. */
    public static String compact(int[] shape) {
        return tuple(shape, ",");
    }

    private static String tuple(int[] shape, String sep) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** Defensive copy that also validates every dim. */
    public static int[] checkedCopy(int[] shape) {
        int[] copy = Arrays.copyOf(shape, shape.length);
        size(copy);
        return copy;
    }
}
