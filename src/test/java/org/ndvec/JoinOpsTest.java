package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays NumPy's answers for joining, splitting, rearranging and ordering
 * ({@code src/test/python/gen_ops_fixtures.py}); the inputs here are built exactly as there.
 */
class JoinOpsTest {
    static final NDArray A = Nd.arange(24).reshape(2, 3, 4);
    static final NDArray B = Nd.arange(100, 112).reshape(1, 3, 4);
    static final NDArray C = Nd.arange(6).reshape(2, 3).astype(DType.FLOAT32);
    static final NDArray D = Nd.arange(6).reshape(2, 3).astype(DType.INT32);
    static final NDArray V = Nd.arange(5);
    static final NDArray W = Nd.arange(10, 15);
    static final NDArray V3 = Nd.arange(3).astype(DType.INT32);
    static final NDArray BOOL3 = Nd.array(true, false, true);
    static final NDArray M = Nd.array(new boolean[][] {{true, false, true}, {false, false, true}});
    static final NDArray P;
    static final NDArray F;
    static final NDArray F32;
    static final NDArray SORTED_P;

    static {
        long[] p = new long[60];
        double[] f = new double[60];
        for (int i = 0; i < 60; i++) {
            p[i] = (i * 37L) % 23;
            f[i] = (p[i] - 11) / 4.0;
        }
        f[5] = Double.NaN;
        f[17] = Double.NaN;
        f[8] = -0.0;
        P = Nd.array(p).reshape(3, 20);
        F = Nd.array(f).reshape(3, 20);
        F32 = F.astype(DType.FLOAT32);
        long[] sp = p.clone();
        Arrays.sort(sp);
        SORTED_P = Nd.array(sp);
    }

    static NDArray[] arr(NDArray... a) {
        return a;
    }

    static Map<String, Supplier<Object>> cases() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("concat0", () -> Nd.concatenate(arr(A, B), 0));
        m.put("concat1", () -> Nd.concatenate(arr(A, A), 1));
        m.put("concat_neg", () -> Nd.concatenate(arr(A, A), -1));
        m.put("concat_f32_i32", () -> Nd.concatenate(arr(C, D), 1));
        m.put("concat_bool_i32", () -> Nd.concatenate(BOOL3, V3));
        m.put("concat_f32_bool", () -> Nd.concatenate(C.ravel(), BOOL3));
        m.put("concat_err_dim", () -> Nd.concatenate(arr(Nd.zeros(2, 1), Nd.zeros(2, 2)), 0));
        m.put("concat_err_ndim", () -> Nd.concatenate(arr(Nd.zeros(2, 1), Nd.zeros(2)), 0));
        m.put("concat_err_empty", () -> Nd.concatenate());
        m.put("concat_err_0d", () -> Nd.concatenate(Nd.scalar(1.0), Nd.scalar(2.0)));
        m.put("concat_err_axis", () -> Nd.concatenate(arr(V, W), 1));
        m.put("stack0", () -> Nd.stack(V, W));
        m.put("stack1", () -> Nd.stack(arr(V, W), 1));
        m.put("stack_neg", () -> Nd.stack(arr(C, C), -1));
        m.put("stack_err_shape", () -> Nd.stack(V, V3));
        m.put("stack_err_empty", () -> Nd.stack());
        m.put("hstack_1d", () -> Nd.hstack(V, W));
        m.put("hstack_2d", () -> Nd.hstack(C, C));
        m.put("vstack_1d", () -> Nd.vstack(V, W));
        m.put("vstack_2d", () -> Nd.vstack(C, D));
        m.put("dstack_1d", () -> Nd.dstack(V, W));
        m.put("dstack_2d", () -> Nd.dstack(C, C));
        m.put("column_stack", () -> Nd.columnStack(V, W));
        m.put("column_stack_2d", () -> Nd.columnStack(C, V3.get(":2")));
        m.put("split_sections", () -> Nd.split(Nd.arange(12), 3, 0));
        m.put("split_indices", () -> Nd.split(Nd.arange(10), new int[] {3, 5, 20}, 0));
        m.put("split_axis", () -> Nd.split(A, 2, 2));
        m.put("split_err", () -> Nd.split(Nd.arange(5), 2, 0));
        m.put("array_split", () -> Nd.arraySplit(Nd.arange(10), 3, 0));
        m.put("array_split_axis", () -> Nd.arraySplit(A, 3, 2));
        m.put("array_split_err", () -> Nd.arraySplit(Nd.arange(3), 0, 0));
        m.put("hsplit", () -> Nd.hsplit(A, 3));
        m.put("hsplit_1d", () -> Nd.hsplit(Nd.arange(6), 2));
        m.put("vsplit", () -> Nd.vsplit(A, 2));
        m.put("vsplit_err", () -> Nd.vsplit(V, 1));
        m.put("tile_1d", () -> Nd.tile(V, 2));
        m.put("tile_more_reps", () -> Nd.tile(C, 2, 1, 2));
        m.put("tile_fewer_reps", () -> Nd.tile(A, 2));
        m.put("repeat_flat", () -> Nd.repeat(C, 2));
        m.put("repeat_counts", () -> Nd.repeat(C, new int[] {1, 0, 2}, 1));
        m.put("repeat_axis0", () -> Nd.repeat(A, 2, 0));
        m.put("repeat_flat_counts", () -> Nd.repeat(V3, new int[] {2, 0, 1}));
        m.put("repeat_err", () -> Nd.repeat(V3, new int[] {1, 2}, 0));
        m.put("pad_pairs", () -> Nd.pad(C, new int[][] {{1, 2}, {0, 1}}, 7));
        m.put("pad_all", () -> Nd.pad(V, 2, 3));
        m.put("pad_err", () -> Nd.pad(V, -1, 1));
        m.put("flip_all", () -> Nd.flip(A));
        m.put("flip_1", () -> Nd.flip(A, 1));
        m.put("flip_02", () -> A.flip(0, 2));
        m.put("roll_flat", () -> Nd.roll(V, 2));
        m.put("roll_axis", () -> Nd.roll(A, -1, 1));
        m.put("roll_nd_flat", () -> Nd.roll(A, 5));
        m.put("sort_p1", () -> P.sort(1));
        m.put("sort_p0", () -> Nd.sort(P, 0, false));
        m.put("sort_f_flat", () -> Nd.sort(F.ravel()));
        m.put("sort_f32_flat", () -> Nd.sort(F32.ravel()));
        m.put("sort_f0", () -> Nd.sort(F, 0, false));
        m.put("sort_f_stable", () -> Nd.sort(F, 1, true));
        m.put("argsort_p1", () -> P.argsort(1));
        m.put("argsort_p0", () -> Nd.argsort(P, 0));
        m.put("argsort_f_flat", () -> Nd.argsort(F.ravel()));
        m.put("argsort_f32_flat", () -> Nd.argsort(F32.ravel()));
        m.put("unique_p", () -> unique(P));
        m.put("unique_f", () -> unique(F));
        m.put("searchsorted_left", () -> Nd.searchsorted(SORTED_P, Nd.array(0, 5, 22, 30, -1), false));
        m.put("searchsorted_right", () -> Nd.searchsorted(SORTED_P, Nd.array(0, 5, 22, 30, -1), true));
        m.put("searchsorted_nan", () -> Nd.searchsorted(Nd.sort(F.ravel()), Nd.array(Double.NaN, 0.0, -3.0, 10.0), false));
        m.put("searchsorted_err", () -> Nd.searchsorted(P, Nd.array(new long[] {1}), false));
        m.put("take_axis", () -> A.take(Nd.array(1, -1, 0), 1));
        m.put("take_flat", () -> A.take(Nd.array(new int[][] {{0, 5}, {23, 1}})));
        m.put("take_err", () -> Nd.take(A, Nd.array(new long[] {7}), 2));
        m.put("take_along", () -> Nd.takeAlongAxis(P, Nd.argsort(P, 1), 1));
        m.put("put", () -> Nd.arange(10).put(Nd.array(0, -1, 3), Nd.array(-5, -6)));
        m.put("put_along", () -> {
            NDArray a = Nd.arange(12).reshape(3, 4);
            Nd.putAlongAxis(a, Nd.array(new int[][] {{0}, {1}, {3}}), Nd.scalar(99L), 1);
            return a;
        });
        m.put("nonzero_m", () -> Nd.nonzero(M));
        m.put("nonzero_p", () -> Nd.where(P));
        m.put("argwhere_m", () -> Nd.argwhere(M));
        m.put("flatnonzero_p", () -> Nd.flatnonzero(P));
        m.put("partition_err", () -> Nd.partition(V, 5, 0));
        m.put("top3_values", () -> Nd.takeAlongAxis(P, Nd.topK(P, 3, 1), 1));
        m.put("kth_column", () -> Nd.partition(P, 5, 1).get(Index.all(), Index.at(5)));
        m.put("partition_kth_values", () -> Nd.partition(P, KTH, 1).get(Index.all(), Index.of(KTH_SORTED)));
        m.put("partition_kth_f", () -> Nd.partition(F, new int[] {18, 5, 0, -1}, 1)
                .get(Index.all(), Index.of(0, 5, 18, 19)));
        m.put("partition_kth_f32_axis0", () -> Nd.partition(F32, new int[] {2, 0}, 0));
        m.put("argpartition_kth_values", () -> Nd.takeAlongAxis(P, Nd.argpartition(P, new int[] {2, 10}, 1), 1)
                .get(Index.all(), Index.of(2, 10)));
        m.put("partition_kth_stretches", () -> sortStretches(Nd.partition(P, KTH, 1), new int[] {1, 2, 7, 8, 13, 14, 19}));
        m.put("partition_kth_repeat", () -> Nd.partition(P, new int[] {4, 4, -16}, 1).get(Index.all(), Index.of(4)));
        m.put("partition_kth_empty", () -> Nd.partition(Nd.flip(V), new int[0], 0));
        m.put("argpartition_kth_empty", () -> Nd.argpartition(Nd.flip(V), new int[0], 0));
        m.put("partition_kth_err_neg", () -> Nd.partition(V, new int[] {1, -6}, 0));
        m.put("partition_kth_err_big", () -> Nd.argpartition(V, new int[] {0, 7}, 0));
        m.put("partition_empty_array", () -> Nd.partition(Nd.zeros(0, 3), new int[] {7}, 1));
        return m;
    }

    static final int[] KTH = {13, -1, 7, 1};
    static final int[] KTH_SORTED = {1, 7, 13, 19};

    /**
     * Sorts each stretch between the cut points separately: equal to a full sort exactly when the
     * partition put every element in the right stretch.
     */
    static NDArray sortStretches(NDArray partitioned, int[] cuts) {
        NDArray[] parts = Nd.split(partitioned, cuts, 1);
        for (int k = 0; k < parts.length; k++) {
            parts[k] = Nd.sort(parts[k], 1, false);
        }
        return Nd.concatenate(parts, 1);
    }

    static NDArray[] unique(NDArray a) {
        Unique u = Nd.unique(a);
        return arr(u.values(), u.indices(), u.inverse(), u.counts());
    }

    @TestFactory
    Stream<DynamicTest> numpyCases() throws IOException {
        Map<String, Supplier<Object>> cases = cases();
        List<String[]> lines = TsvFixtures.read("/fixtures/indexing/ops_cases.tsv");
        assertEquals(cases.size(), lines.size(), "every fixture has a Java case");
        return lines.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            Supplier<Object> s = cases.get(c[0]);
            assertNotNull(s, "no Java case for " + c[0]);
            if (c[1].equals("ERR")) {
                Class<? extends RuntimeException> type = c[2].equals("IndexError")
                        ? IndexOutOfBoundsException.class : IllegalArgumentException.class;
                RuntimeException ex = assertThrows(type, s::get);
                assertEquals(c[3], ex.getMessage());
                return;
            }
            Object r = s.get();
            NDArray[] got = r instanceof NDArray[] list ? list : arr((NDArray) r);
            String[] parts = c[2].split(" ; ", -1);
            assertEquals(parts.length, got.length, "number of results");
            for (int k = 0; k < parts.length; k++) {
                checkPart(parts[k], got[k], c[0] + " part " + k);
            }
        }));
    }

    static void checkPart(String part, NDArray got, String what) {
        String[] f = part.split("\\|", -1);
        assertEquals(f[0], got.dtype().toString(), what + " dtype");
        int[] shape = f[1].isEmpty() ? new int[0] : Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(shape, got.shape(), what + " shape");
        double[] values = f[2].isEmpty() ? new double[0]
                : Arrays.stream(f[2].split(",")).mapToDouble(JoinOpsTest::parse).toArray();
        double[] actual = got.toDoubleArray();
        assertEquals(values.length, actual.length, what + " size");
        for (int i = 0; i < values.length; i++) {
            boolean same = values[i] == actual[i] || Double.isNaN(values[i]) && Double.isNaN(actual[i]);
            assertTrue(same, what + " element " + i + ": expected " + values[i] + " got " + actual[i]);
        }
    }

    private static double parse(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
