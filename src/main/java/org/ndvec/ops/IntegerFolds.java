package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.storage.Buffers;

/**
 * Folds bool/int32/int64 input (and, for {@link Op#COUNT}, any input) into one long
 * accumulator per output of a {@link ReductionPlan}. Integer arithmetic wraps on overflow
 * exactly as NumPy's int64 does. These are plain scalar loops, with the buffer's type resolved
 * once per row where a row folds into one output.
 */
final class IntegerFolds {

    /** What is folded; COUNT counts elements that are not zero (NaN counts, as in NumPy). */
    enum Op {
        SUM(0), PROD(1), MAX(Long.MIN_VALUE), MIN(Long.MAX_VALUE), COUNT(0);

        final long identity;

        Op(long identity) {
            this.identity = identity;
        }
    }

    private IntegerFolds() {
    }

    /** @return one accumulator per output, C order */
    static long[] fold(ReductionPlan p, Op op) {
        long[] acc = new long[p.outSize];
        Arrays.fill(acc, op.identity);
        Object data = p.data;
        p.forEachRow((off, n, st) -> {
            int in = off[0];
            int out = off[1];
            if (st[1] == 0 && (data instanceof byte[] || data instanceof int[] || data instanceof long[])) {
                // a row folded into one output (np.any(mask), a count, an integer sum): the buffer's
                // type resolved once per row, not per element (any() of 1M bools took 0.8 ms)
                acc[out] = foldRow(op, data, in, st[0], n, acc[out]);
                return;
            }
            for (int i = 0; i < n; i++) {
                int o = out + i * st[1];
                int q = in + i * st[0];
                long x = op == Op.COUNT ? (Buffers.getBoolean(data, q) ? 1 : 0) : Buffers.getLong(data, q);
                acc[o] = step(op, acc[o], x);
            }
        });
        return acc;
    }

    private static long foldRow(Op op, Object data, int in, int stride, int n, long acc) {
        if (op == Op.COUNT && stride == 1 && data instanceof byte[] a) {
            // the counting loop of np.any(mask) and np.count_nonzero(mask), on its own: unswitched
            // from the operator, C2 compiles it without a branch per element
            int c = 0;
            for (int q = in; q < in + n; q++) {
                c += a[q] != 0 ? 1 : 0;
            }
            return acc + c;
        }
        long r = acc;
        if (data instanceof byte[] a) {
            for (int i = 0, q = in; i < n; i++, q += stride) {
                r = step(op, r, op == Op.COUNT ? (a[q] != 0 ? 1 : 0) : a[q]);
            }
        } else if (data instanceof int[] a) {
            for (int i = 0, q = in; i < n; i++, q += stride) {
                r = step(op, r, op == Op.COUNT ? (a[q] != 0 ? 1 : 0) : a[q]);
            }
        } else if (data instanceof long[] a) {
            for (int i = 0, q = in; i < n; i++, q += stride) {
                r = step(op, r, op == Op.COUNT ? (a[q] != 0 ? 1 : 0) : a[q]);
            }
        } else {
            throw new AssertionError("integer or bool buffer expected: " + data.getClass());
        }
        return r;
    }

    private static long step(Op op, long acc, long x) {
        return switch (op) {
            case SUM, COUNT -> acc + x;
            case PROD -> acc * x;
            case MAX -> Math.max(acc, x);
            case MIN -> Math.min(acc, x);
        };
    }
}
