package org.ndvec.storage;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.Kernels;
import org.ndvec.layout.Shapes;

/**
 * Copies an array of any layout into a new C-contiguous owner, converting the
 * dtype on the way ({@code copy}, {@code contiguous}, {@code astype}).
 *
 * <p>Rows that are contiguous on both sides go through {@link System#arraycopy}
 * or a vector cast kernel; anything else (negative, zero or large strides) takes
 * the strided per-element path, which is correct for every layout.
 */
public final class Cast {
    private static final ArrayAccess ACCESS = Internals.access();
    private static final Kernels KERNELS = KernelProvider.get();

    private Cast() {
    }

    /**
     * {@code src.astype(to)} into a new C-contiguous array. A string copy keeps its width;
     * numbers become strings of NumPy's width for their dtype ({@code int64 -> <U21}).
     */
    public static NDArray copy(NDArray src, DType to) {
        int[] shape = ACCESS.shape(src);
        Object dst = Buffers.allocate(to, Shapes.size(shape));
        copyInto(src, dst, 0, Shapes.cStrides(shape));
        if (to == DType.STRING) {
            return src.dtype() == DType.STRING ? ACCESS.wrapLike(src, dst, shape)
                    : ACCESS.wrapString((String[]) dst, StringCast.widthFor(src.dtype()), shape);
        }
        return ACCESS.wrap(dst, to, shape);
    }

    /**
     * Writes {@code src} (any layout, any dtype) into {@code dst} laid out with
     * {@code dstStrides} from {@code dstOffset}, converting element types.
     */
    public static void copyInto(NDArray src, Object dst, int dstOffset, int[] dstStrides) {
        Object s = ACCESS.data(src);
        StridedLoop loop = StridedLoop.plan(ACCESS.shape(src), ACCESS.strides(src), dstStrides);
        loop.forEachRow(new int[] {ACCESS.offset(src), dstOffset},
                (off, n, st) -> row(s, off[0], st[0], dst, off[1], st[1], n));
    }

    /** Converts one strided row of {@code n} elements from {@code src} into {@code dst}. */
    public static void row(Object src, int so, int ss, Object dst, int dOff, int ds, int n) {
        if (ss == 1 && ds == 1) {
            if (src.getClass() == dst.getClass()) {
                System.arraycopy(src, so, dst, dOff, n);
                return;
            }
            if (contiguousKernel(src, so, dst, dOff, n)) {
                return;
            }
        }
        if (src.getClass() == dst.getClass()) {
            sameType(src, so, ss, dst, dOff, ds, n);
            return;
        }
        if (src instanceof String[] || dst instanceof String[]) {
            StringCast.row(src, so, ss, dst, dOff, ds, n);
            return;
        }
        if (dst instanceof double[] d) {
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = Buffers.getDouble(src, so + i * ss);
            }
        } else if (dst instanceof float[] f) {
            if (src instanceof long[] l) {
                // int64 -> float32 rounds once; going through double could round twice.
                for (int i = 0; i < n; i++) {
                    f[dOff + i * ds] = (float) l[so + i * ss];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    f[dOff + i * ds] = (float) Buffers.getDouble(src, so + i * ss);
                }
            }
        } else if (dst instanceof long[] l) {
            for (int i = 0; i < n; i++) {
                l[dOff + i * ds] = Buffers.getLong(src, so + i * ss);
            }
        } else if (dst instanceof int[] x) {
            if (src instanceof double[] || src instanceof float[]) {
                for (int i = 0; i < n; i++) {
                    x[dOff + i * ds] = Buffers.doubleToInt(Buffers.getDouble(src, so + i * ss));
                }
            } else {
                for (int i = 0; i < n; i++) {
                    x[dOff + i * ds] = (int) Buffers.getLong(src, so + i * ss);
                }
            }
        } else if (dst instanceof byte[] b) {
            for (int i = 0; i < n; i++) {
                b[dOff + i * ds] = (byte) (Buffers.getBoolean(src, so + i * ss) ? 1 : 0);
            }
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + dst.getClass());
        }
    }

    private static boolean contiguousKernel(Object src, int so, Object dst, int dOff, int n) {
        if (src instanceof float[] a && dst instanceof double[] d) {
            KERNELS.castF32ToF64(a, so, d, dOff, n);
        } else if (src instanceof double[] a && dst instanceof float[] f) {
            KERNELS.castF64ToF32(a, so, f, dOff, n);
        } else if (src instanceof int[] a && dst instanceof double[] d) {
            KERNELS.castI32ToF64(a, so, d, dOff, n);
        } else if (src instanceof int[] a && dst instanceof float[] f) {
            KERNELS.castI32ToF32(a, so, f, dOff, n);
        } else if (src instanceof long[] a && dst instanceof double[] d) {
            KERNELS.castI64ToF64(a, so, d, dOff, n);
        } else if (src instanceof int[] a && dst instanceof long[] l) {
            KERNELS.castI32ToI64(a, so, l, dOff, n);
        } else {
            return false;
        }
        return true;
    }

    private static void sameType(Object src, int so, int ss, Object dst, int dOff, int ds, int n) {
        if (src instanceof double[] a) {
            double[] d = (double[]) dst;
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = a[so + i * ss];
            }
        } else if (src instanceof float[] a) {
            float[] d = (float[]) dst;
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = a[so + i * ss];
            }
        } else if (src instanceof long[] a) {
            long[] d = (long[]) dst;
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = a[so + i * ss];
            }
        } else if (src instanceof int[] a) {
            int[] d = (int[]) dst;
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = a[so + i * ss];
            }
        } else if (src instanceof byte[] a) {
            byte[] d = (byte[]) dst;
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = a[so + i * ss];
            }
        } else if (src instanceof String[] a) {
            String[] d = (String[]) dst;
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = a[so + i * ss];
            }
        } else {
            throw new IllegalArgumentException("not an ndvec buffer: " + src.getClass());
        }
    }
}
