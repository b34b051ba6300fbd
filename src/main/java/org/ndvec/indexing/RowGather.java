package org.ndvec.indexing;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * {@code a[idx]} (and {@code np.take(a, idx, axis=0)}) for a C-contiguous {@code a}: every index
 * picks one contiguous row of {@code m = a.size / a.shape[0]} elements, so the gather is one
 * {@code arraycopy} per index, with no offset table and no per-element index arithmetic. The
 * indices are bounds-checked in one pass before anything is allocated or copied; negative indices
 * then wrap without a branch.
 */
final class RowGather {
    private static final ArrayAccess ACCESS = Internals.access();
    /**
     * Rows of a chunk hold about this many elements. Chunk boundaries depend on the row length
     * only, never on the thread count, so the result does not depend on {@code ndvec.threads}.
     */
    private static final int CHUNK_ELEMENTS = 1 << 16;
    /**
     * Gathers of fewer elements stay on the caller's thread. Sweep of {@code rows.get(idx)} on the
     * (100000, 64) float32 array of fancy_take_rows_f32_100000x64, machine under load (2026-11-22,
     * JMH sample mode, median): 4096 rows (262K elements) 162 us on one thread vs 191 us on two;
     * 16384 rows (1M elements) 2750 vs 915 us; the benchmark itself is 6.4M elements.
     */
    private static final int PARALLEL_MIN = 1 << 20;

    private RowGather() {
    }

    /**
     * True for an integer index array into a non-empty C-contiguous numeric array. A 1-d array's
     * rows are single elements (labels picked by a minibatch's indices): through the general
     * planner and walk such a gather of 32 labels cost more than the 32 x 20 feature rows beside it
     * while the code ran interpreted, in the cold training program of perf/user.
     */
    static boolean applies(NDArray a, NDArray idx) {
        DType t = idx.dtype();
        return a.ndim() >= 1 && (t == DType.INT64 || t == DType.INT32) && a.dtype() != DType.STRING
                && a.isContiguous() && a.size() > 0;
    }

    static NDArray gather(NDArray a, NDArray idx) {
        NDArray ix = idx.dtype() == DType.INT64 && idx.isContiguous() ? idx : idx.astype(DType.INT64);
        long[] rows = (long[]) ACCESS.data(ix);
        int rowsOff = ACCESS.offset(ix);
        int count = ix.size();
        int[] shape = ACCESS.shape(a);
        int n = shape[0];
        checkBounds(rows, rowsOff, count, n);
        int[] outShape = new int[ix.ndim() + shape.length - 1];
        System.arraycopy(ACCESS.shape(ix), 0, outShape, 0, ix.ndim());
        System.arraycopy(shape, 1, outShape, ix.ndim(), shape.length - 1);
        int m = a.size() / n;
        int total = Math.multiplyExact(count, m);
        Object out = Buffers.allocate(a.dtype(), total);
        Object src = ACCESS.data(a);
        int srcOff = ACCESS.offset(a);
        int perChunk = Math.max(1, CHUNK_ELEMENTS / m);
        int chunks = (count + perChunk - 1) / perChunk;
        int threads = total >= PARALLEL_MIN ? Workers.THREADS : 1;
        Workers.forEachChunk(chunks, threads, c -> {
            int from = c * perChunk;
            int to = Math.min(count, from + perChunk);
            copyRows(src, srcOff, n, m, rows, rowsOff, from, to, out);
        });
        return ACCESS.wrapLike(a, out, outShape);
    }

    /** NumPy's IndexError for the first index outside {@code [-n, n)}. */
    private static void checkBounds(long[] rows, int off, int count, int n) {
        long min = 0;
        long max = -1;
        for (int i = 0; i < count; i++) {
            long v = rows[off + i];
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min >= -n && max < n) {
            return;
        }
        for (int i = 0; i < count; i++) {
            long v = rows[off + i];
            if (v < -n || v >= n) {
                throw new IndexOutOfBoundsException("index " + v + " is out of bounds for axis 0 with size " + n);
            }
        }
    }

    /**
     * Output rows {@code [from, to)}. {@code v + (v >> 63 & n)} wraps a negative index (already
     * checked to be at least {@code -n}) without a branch. One loop per storage type, so that C2
     * knows both arrays' types at the {@code arraycopy} and calls the copy stub directly: with an
     * {@code Object}-typed loop that has seen two types, fancy_take_rows_f32_100000x64 ran 22 ms
     * against 11.7 ms typed (JMH sample-mode medians, machine under load).
     */
    private static void copyRows(Object src, int srcOff, int n, int m, long[] rows, int rowsOff, int from, int to,
                                 Object out) {
        switch (src) {
            case float[] s -> {
                float[] d = (float[]) out;
                if (m == 1) {
                    for (int i = from; i < to; i++) {
                        d[i] = s[srcOff + row(rows[rowsOff + i], n)];
                    }
                    return;
                }
                for (int i = from; i < to; i++) {
                    System.arraycopy(s, srcOff + row(rows[rowsOff + i], n) * m, d, i * m, m);
                }
            }
            case double[] s -> {
                double[] d = (double[]) out;
                if (m == 1) {
                    for (int i = from; i < to; i++) {
                        d[i] = s[srcOff + row(rows[rowsOff + i], n)];
                    }
                    return;
                }
                for (int i = from; i < to; i++) {
                    System.arraycopy(s, srcOff + row(rows[rowsOff + i], n) * m, d, i * m, m);
                }
            }
            case int[] s -> {
                int[] d = (int[]) out;
                if (m == 1) {
                    for (int i = from; i < to; i++) {
                        d[i] = s[srcOff + row(rows[rowsOff + i], n)];
                    }
                    return;
                }
                for (int i = from; i < to; i++) {
                    System.arraycopy(s, srcOff + row(rows[rowsOff + i], n) * m, d, i * m, m);
                }
            }
            case long[] s -> {
                long[] d = (long[]) out;
                if (m == 1) {
                    for (int i = from; i < to; i++) {
                        d[i] = s[srcOff + row(rows[rowsOff + i], n)];
                    }
                    return;
                }
                for (int i = from; i < to; i++) {
                    System.arraycopy(s, srcOff + row(rows[rowsOff + i], n) * m, d, i * m, m);
                }
            }
            default -> {
                for (int i = from; i < to; i++) {
                    System.arraycopy(src, srcOff + row(rows[rowsOff + i], n) * m, out, i * m, m);
                }
            }
        }
    }

    /** A checked index in {@code [-n, n)} as a row number. */
    private static int row(long v, int n) {
        return (int) (v + (v >> 63 & n));
    }
}
