package org.ndvec.random;

import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;

/**
 * NumPy's legacy in-place shuffle along axis 0: for {@code i} from {@code n-1} down
 * to 1, swap item {@code i} with item {@code j = random_interval(i)}. Items of an
 * n-d array are its sub-arrays {@code x[i]}; views of any strides are shuffled in
 * their own storage.
 */
final class Shuffle {
    private Shuffle() {
    }

    static void shuffle(MT19937 mt, NDArray x) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("len() of unsized object");
        }
        if (!x.isWriteable()) {
            throw new IllegalStateException("array is read-only");
        }
        // Items of size 0 (shape (5, 0)) still cost their draws in NumPy's untyped path.
        int n = x.shape(0);
        ArrayAccess acc = Internals.access();
        Object data = acc.data(x);
        int base = acc.offset(x);
        int stride0 = acc.strides(x)[0];
        int[] item = itemOffsets(acc.shape(x), acc.strides(x));
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) BoundedIntegers.interval(mt, i);
            if (i != j) {
                swap(data, base + i * stride0, base + j * stride0, item);
            }
        }
    }

    /** Offsets of every element of one item {@code x[i]} relative to the item's start, in C order. */
    private static int[] itemOffsets(int[] shape, int[] strides) {
        int m = 1;
        for (int d = 1; d < shape.length; d++) {
            m *= shape[d];
        }
        int[] out = new int[m];
        int[] idx = new int[shape.length];
        int off = 0;
        for (int k = 0; k < m; k++) {
            out[k] = off;
            for (int d = shape.length - 1; d >= 1; d--) {
                idx[d]++;
                off += strides[d];
                if (idx[d] < shape[d]) {
                    break;
                }
                off -= idx[d] * strides[d];
                idx[d] = 0;
            }
        }
        return out;
    }

    private static void swap(Object data, int a, int b, int[] item) {
        if (data instanceof double[] d) {
            for (int k : item) {
                double t = d[a + k];
                d[a + k] = d[b + k];
                d[b + k] = t;
            }
        } else if (data instanceof float[] d) {
            for (int k : item) {
                float t = d[a + k];
                d[a + k] = d[b + k];
                d[b + k] = t;
            }
        } else if (data instanceof long[] d) {
            for (int k : item) {
                long t = d[a + k];
                d[a + k] = d[b + k];
                d[b + k] = t;
            }
        } else if (data instanceof int[] d) {
            for (int k : item) {
                int t = d[a + k];
                d[a + k] = d[b + k];
                d[b + k] = t;
            }
        } else if (data instanceof byte[] d) {
            for (int k : item) {
                byte t = d[a + k];
                d[a + k] = d[b + k];
                d[b + k] = t;
            }
        } else {
            throw new IllegalArgumentException("cannot shuffle storage " + data.getClass().getTypeName());
        }
    }
}
