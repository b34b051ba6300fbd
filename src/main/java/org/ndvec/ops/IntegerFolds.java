package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.storage.Buffers;

/**
 * Folds bool/int32/int64 input (and, for {@link Op#COUNT}, any input) into one long
 * accumulator per output of a {@link ReductionPlan}. Integer arithmetic wraps on overflow
 * exactly as NumPy's int64 does. These are plain scalar loops: no benchmark asks for
 * integer reductions yet.
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
            for (int i = 0; i < n; i++) {
                int o = out + i * st[1];
                int q = in + i * st[0];
                long x = op == Op.COUNT ? (Buffers.getBoolean(data, q) ? 1 : 0) : Buffers.getLong(data, q);
                acc[o] = step(op, acc[o], x);
            }
        });
        return acc;
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
