package org.ndvec.ops;

import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * {@code np.bincount}: occurrences of each non-negative integer, or the sums of their weights.
 * Counts run in parallel chunks of a fixed size when the bins are few enough for a private count
 * array per chunk (integer sums, so the result never depends on the chunking); weighted sums run
 * in element order as NumPy's do, so they match it bit for bit.
 */
public final class Bincount {
    private static final ArrayAccess ACCESS = Internals.access();
    /** Elements per parallel chunk: 2^18 ints, 1 MiB of int64 input per task. */
    private static final int CHUNK = 1 << 18;

    private Bincount() {
    }

    /**
     * {@code np.bincount(x, weights=weights, minlength=minlength)}: int64 counts, or float64 sums
     * of the weights, of length {@code max(max(x) + 1, minlength)}.
     *
     * @throws IllegalArgumentException NumPy's {@code 'minlength' must not be negative},
     *     {@code Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'},
     *     {@code object too deep for desired array}, {@code 'list' argument must have no negative elements},
     *     {@code The weights and list don't have the same length.}
     */
    public static NDArray bincount(NDArray x, NDArray weights, int minlength) {
        if (minlength < 0) {
            throw new IllegalArgumentException("'minlength' must not be negative");
        }
        if (!x.dtype().isInteger() && !x.dtype().isBool()) {
            throw new IllegalArgumentException("Cannot cast array data from dtype('" + x.dtypeDescr()
                    + "') to dtype('int64') according to the rule 'safe'");
        }
        depth(x);
        NDArray v = x.isContiguous() ? x : x.copy();
        Object data = ACCESS.data(v);
        int off = ACCESS.offset(v);
        int n = v.size();
        if (n == 0) {
            // NumPy answers an empty x with int64 zeros, weights or not
            return NDArray.wrap(new long[minlength], minlength);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = Buffers.getLong(data, off + i);
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        if (min < 0) {
            throw new IllegalArgumentException("'list' argument must have no negative elements");
        }
        if (max >= org.ndvec.layout.Shapes.MAX_SIZE) {
            throw new IllegalArgumentException("Maximum allowed size exceeded");
        }
        int size = (int) Math.max(max + 1, minlength);
        if (weights == null) {
            return NDArray.wrap(counts(data, off, n, size), size);
        }
        if (weights.dtype() == DType.STRING) {
            throw new IllegalArgumentException("Cannot cast array data from dtype('" + weights.dtypeDescr()
                    + "') to dtype('float64') according to the rule 'safe'");
        }
        depth(weights);
        if (weights.size() != n) {
            throw new IllegalArgumentException("The weights and list don't have the same length.");
        }
        NDArray w = weights.dtype() == DType.FLOAT64 && weights.isContiguous() ? weights : weights.astype(DType.FLOAT64);
        double[] wd = (double[]) ACCESS.data(w);
        int wo = ACCESS.offset(w);
        double[] out = new double[size];
        for (int i = 0; i < n; i++) {
            out[(int) Buffers.getLong(data, off + i)] += wd[wo + i];
        }
        return NDArray.wrap(out, size);
    }

    /** NumPy's depth errors for an argument that must be 1-d. */
    private static void depth(NDArray a) {
        if (a.ndim() > 1) {
            throw new IllegalArgumentException("object too deep for desired array");
        }
        if (a.ndim() == 0) {
            throw new IllegalArgumentException("object of too small depth for desired array");
        }
    }

    private static long[] counts(Object data, int off, int n, int size) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        if (chunks == 1 || size > CHUNK / 4) {
            long[] c = new long[size];
            countInto(data, off, 0, n, c);
            return c;
        }
        long[][] partial = new long[chunks][];
        Workers.forEachChunk(chunks, k -> {
            long[] c = new long[size];
            countInto(data, off, k * CHUNK, Math.min(n, (k + 1) * CHUNK), c);
            partial[k] = c;
        });
        long[] total = partial[0];
        for (int k = 1; k < chunks; k++) {
            for (int b = 0; b < size; b++) {
                total[b] += partial[k][b];
            }
        }
        return total;
    }

    private static void countInto(Object data, int off, int from, int to, long[] c) {
        switch (data) {
            case long[] l -> {
                for (int i = from; i < to; i++) {
                    c[(int) l[off + i]]++;
                }
            }
            case int[] x -> {
                for (int i = from; i < to; i++) {
                    c[x[off + i]]++;
                }
            }
            case byte[] b -> {
                for (int i = from; i < to; i++) {
                    c[b[off + i]]++;
                }
            }
            default -> throw new IllegalArgumentException("not an integer buffer: " + data.getClass());
        }
    }
}
