package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.Shapes;

/**
 * matmul against a naive triple loop over getDouble/getLong, on random (m, k) @ (k, n) cores
 * with broadcast batch dims, each operand laid out contiguously, transposed (Fortran core)
 * or reversed (negative strides). float64 must agree within the forward error bound of any
 * summation order, |C - C*| <= (k + 1) eps sum |a||b| per element, doubled because the oracle
 * is itself rounded; int64 exactly, since
 * wrapping arithmetic is associative, so the oracle may sum in any order even on overflow.
 */
class MatmulProperties {

    /** A case: batch shapes of A and B, core dims m, k, n, a layout per operand, a seed for values. */
    record Case(int[] batchA, int[] batchB, int m, int k, int n, int layoutA, int layoutB, long seed) {
        @Override
        public String toString() {
            return "A" + java.util.Arrays.toString(batchA) + "+(" + m + "," + k + ") layout " + layoutA
                    + " @ B" + java.util.Arrays.toString(batchB) + "+(" + k + "," + n + ") layout " + layoutB
                    + " seed " + seed;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[][]> batches = Shapes.broadcastablePair(2, 3);
        Arbitrary<Integer> dim = Arbitraries.integers().between(0, 7).shrinkTowards(1);
        Arbitrary<Integer> layout = Arbitraries.integers().between(0, 2);
        return Combinators.combine(batches, dim, dim, dim, layout, layout, Arbitraries.longs())
                .as((b, m, k, n, la, lb, seed) -> new Case(b[0], b[1], m, k, n, la, lb, seed));
    }

    @Property(tries = 1000)
    void float64MatchesTripleLoopWithinTheErrorBound(@ForAll("cases") Case c) {
        check(DType.FLOAT64, c);
    }

    @Property(tries = 1000)
    void int64MatchesTripleLoopExactly(@ForAll("cases") Case c) {
        check(DType.INT64, c);
    }

    private static void check(DType t, Case c) {
        Random r = new Random(c.seed());
        NDArray a = operand(t, c.batchA(), c.m(), c.k(), c.layoutA(), r);
        NDArray b = operand(t, c.batchB(), c.k(), c.n(), c.layoutB(), r);
        NDArray got = a.matmul(b);
        assertEquals(t, got.dtype());
        compare(a, b, got, c);
    }

    /**
     * An operand of batch + (rows, cols) holding random values: layout 0 contiguous, 1 the
     * transpose of a contiguous (cols, rows) array (a Fortran core), 2 a contiguous array
     * read backwards along every axis (negative strides).
     */
    private static NDArray operand(DType t, int[] batch, int rows, int cols, int layout, Random r) {
        int[] shape = java.util.Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = layout == 1 ? cols : rows;
        shape[batch.length + 1] = layout == 1 ? rows : cols;
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        NDArray base;
        if (t == DType.FLOAT64) {
            double[] v = new double[size];
            for (int i = 0; i < size; i++) {
                // mixed magnitudes and signs, so cancellation happens and the bound matters
                v[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(7) - 3);
            }
            base = NDArray.wrap(v, shape);
        } else {
            long[] v = new long[size];
            for (int i = 0; i < size; i++) {
                v[i] = r.nextInt(8) == 0 ? r.nextLong() : r.nextInt(2001) - 1000; // some products wrap
            }
            base = NDArray.wrap(v, shape);
        }
        return switch (layout) {
            case 1 -> base.swapaxes(-1, -2);
            case 2 -> base.get(reverseAll(shape.length));
            default -> base;
        };
    }

    private static String reverseAll(int nd) {
        return String.join(",", java.util.Collections.nCopies(nd, "::-1"));
    }

    private static void compare(NDArray a, NDArray b, NDArray got, Case c) {
        int[] batch = Nd.broadcastShapes(c.batchA(), c.batchB());
        int[] shape = java.util.Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = c.m();
        shape[batch.length + 1] = c.n();
        assertArrayEquals(shape, got.shape(), c.toString());
        int[] bi = new int[batch.length];
        int batches = 1;
        for (int d : batch) {
            batches *= d;
        }
        double eps = Math.ulp(1.0);
        for (int q = 0; q < batches; q++) {
            int[] ia = core(bi, c.batchA());
            int[] ib = core(bi, c.batchB());
            int[] ic = core(bi, batch);
            for (int i = 0; i < c.m(); i++) {
                for (int j = 0; j < c.n(); j++) {
                    place(ic, i, j);
                    if (a.dtype() == DType.FLOAT64) {
                        double sum = 0;
                        double abs = 0;
                        for (int p = 0; p < c.k(); p++) {
                            place(ia, i, p);
                            place(ib, p, j);
                            double x = a.getDouble(ia) * b.getDouble(ib);
                            sum += x;
                            abs += Math.abs(x);
                        }
                        double err = Math.abs(got.getDouble(ic) - sum);
                        // both the library and the oracle may be off by gamma_k * sum|ab| from the exact value
                        assertTrue(err <= 2 * (c.k() + 1) * eps * abs,
                                c + " at " + java.util.Arrays.toString(ic) + ": " + got.getDouble(ic) + " vs " + sum);
                    } else {
                        long sum = 0;
                        for (int p = 0; p < c.k(); p++) {
                            place(ia, i, p);
                            place(ib, p, j);
                            sum += a.getLong(ia) * b.getLong(ib);
                        }
                        assertEquals(sum, got.getLong(ic), c + " at " + java.util.Arrays.toString(ic));
                    }
                }
            }
            ElementwiseProperties.increment(bi, batch);
        }
    }

    /** Sets the two core (row, column) slots at the end of a full index. */
    private static void place(int[] idx, int row, int col) {
        idx[idx.length - 2] = row;
        idx[idx.length - 1] = col;
    }

    /** The operand's index for a result batch index: right-aligned, size-1 dims pinned to 0, two core slots. */
    private static int[] core(int[] resultBatch, int[] operandBatch) {
        int[] out = new int[operandBatch.length + 2];
        int lead = resultBatch.length - operandBatch.length;
        for (int d = 0; d < operandBatch.length; d++) {
            out[d] = operandBatch[d] == 1 ? 0 : resultBatch[lead + d];
        }
        return out;
    }
}
