package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Laws of joining, splitting, ordering and masked assignment. */
class IndexingProperties {

    private static int[] shape(List<Integer> dims) {
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    @Property(tries = 1000)
    void concatenateThenSplitRoundTrips(@ForAll @Size(min = 1, max = 3) List<@IntRange(min = 1, max = 4) Integer> dims,
                                        @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 4) Integer> lengths,
                                        @ForAll @IntRange(min = 0, max = 2) int axisSeed) {
        int[] base = shape(dims);
        int axis = axisSeed % base.length;
        NDArray[] parts = new NDArray[lengths.size()];
        int[] cuts = new int[lengths.size() - 1];
        int start = 0;
        for (int k = 0; k < parts.length; k++) {
            int[] s = base.clone();
            s[axis] = lengths.get(k);
            parts[k] = Nd.arange(start * 1000L, start * 1000L + size(s)).reshape(s);
            start++;
            if (k > 0) {
                cuts[k - 1] = (k == 1 ? 0 : cuts[k - 2]) + lengths.get(k - 1);
            }
        }
        NDArray joined = Nd.concatenate(parts, axis);
        NDArray[] back = Nd.split(joined, cuts, axis);
        assertEquals(parts.length, back.length);
        for (int k = 0; k < parts.length; k++) {
            assertArrayEquals(parts[k].shape(), back[k].shape());
            assertArrayEquals(parts[k].toLongArray(), back[k].toLongArray());
        }
    }

    @Property(tries = 1000)
    void stackIsExpandDimsThenConcatenate(@ForAll @Size(min = 0, max = 3) List<@IntRange(min = 0, max = 3) Integer> dims,
                                          @ForAll @IntRange(min = 1, max = 4) int count,
                                          @ForAll @IntRange(min = -4, max = 3) int axisSeed) {
        int[] s = shape(dims);
        int axis = Math.floorMod(axisSeed, s.length + 1) - (axisSeed < 0 ? s.length + 1 : 0);
        NDArray[] arrays = new NDArray[count];
        NDArray[] expanded = new NDArray[count];
        for (int k = 0; k < count; k++) {
            arrays[k] = Nd.arange(k * 100L, k * 100L + size(s)).reshape(s).astype(DType.FLOAT32);
            expanded[k] = arrays[k].expandDims(axis);
        }
        NDArray stacked = Nd.stack(arrays, axis);
        NDArray reference = Nd.concatenate(expanded, axis);
        assertArrayEquals(reference.shape(), stacked.shape());
        assertArrayEquals(reference.toFloatArray(), stacked.toFloatArray());
    }

    @Property(tries = 1000)
    void sortIsOrderedAndAPermutation(@ForAll @Size(max = 1500) List<@DoubleRange(min = -5, max = 5) Double> values,
                                      @ForAll @IntRange(min = 0, max = 10) int nans) {
        double[] x = new double[values.size() + nans];
        for (int i = 0; i < values.size(); i++) {
            // round to quarters so ties are common
            x[i] = Math.round(values.get(i) * 4) / 4.0;
        }
        for (int i = values.size(); i < x.length; i++) {
            x[i] = Double.NaN;
        }
        NDArray a = Nd.array(x).astype(DType.FLOAT32);
        float[] sorted = Nd.sort(a).toFloatArray();
        float[] reference = a.toFloatArray();
        Arrays.sort(reference); // the JDK's order: numbers ascending, NaN last, like NumPy's
        assertEquals(reference.length, sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            assertTrue(reference[i] == sorted[i] || Float.isNaN(reference[i]) && Float.isNaN(sorted[i]),
                    "position " + i);
        }
        long[] order = Nd.argsort(a).toLongArray();
        float[] in = a.toFloatArray();
        boolean[] seen = new boolean[in.length];
        for (int i = 0; i < order.length; i++) {
            int p = (int) order[i];
            assertTrue(!seen[p], "argsort is a permutation");
            seen[p] = true;
            float v = in[p];
            assertTrue(v == reference[i] || Float.isNaN(v) && Float.isNaN(reference[i]));
            if (i > 0) {
                float prev = in[(int) order[i - 1]];
                boolean tie = prev == v || Float.isNaN(prev) && Float.isNaN(v);
                assertTrue(!tie || order[i - 1] < p, "stable: ties keep their order");
            }
        }
    }

    @Property(tries = 1000)
    void booleanGetThenSetRestores(@ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 5) Integer> dims,
                                   @ForAll long seed) {
        int[] s = shape(dims);
        int n = size(s);
        java.util.Random r = new java.util.Random(seed);
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            m[i] = r.nextBoolean();
        }
        NDArray a = Nd.arange(n).reshape(s).astype(DType.FLOAT64);
        NDArray mask = Nd.array(m).reshape(s);
        NDArray picked = a.get(mask);
        NDArray b = a.copy();
        b.set(mask, -1.0);
        b.set(mask, picked);
        assertArrayEquals(a.toDoubleArray(), b.toDoubleArray());
        // the same through the leading-axis form: mask over axis 0 only
        boolean[] rowsMask = new boolean[s[0]];
        for (int i = 0; i < rowsMask.length; i++) {
            rowsMask[i] = m.length > 0 && m[i % m.length];
        }
        NDArray rows = a.get(Index.of(rowsMask));
        NDArray c = a.copy();
        c.set(new Index[] {Index.of(rowsMask)}, 0.0);
        c.set(new Index[] {Index.of(rowsMask)}, rows);
        assertArrayEquals(a.toDoubleArray(), c.toDoubleArray());
    }

    @Property(tries = 1000)
    void fancyRowsMatchAGatherLoop(@ForAll @IntRange(min = 1, max = 6) int rows, @ForAll @IntRange(min = 0, max = 5) int cols,
                                   @ForAll @Size(max = 10) List<@IntRange(min = -6, max = 5) Integer> picks) {
        NDArray a = Nd.arange(rows * cols).reshape(rows, cols);
        long[] idx = picks.stream().mapToLong(p -> Math.floorMod(p, rows) - (p < 0 ? rows : 0)).toArray();
        NDArray got = a.get(Nd.array(idx));
        long[] expected = new long[idx.length * cols];
        for (int i = 0; i < idx.length; i++) {
            long row = idx[i] < 0 ? idx[i] + rows : idx[i];
            for (int j = 0; j < cols; j++) {
                expected[i * cols + j] = row * cols + j;
            }
        }
        assertArrayEquals(new int[] {idx.length, cols}, got.shape());
        assertArrayEquals(expected, got.toLongArray());
    }

    @Property(tries = 1000)
    void partitionPutsKthInPlace(@ForAll @Size(min = 1, max = 300) List<@IntRange(min = -20, max = 20) Integer> values,
                                 @ForAll @IntRange(min = 0, max = 299) int kthSeed) {
        double[] x = values.stream().mapToDouble(v -> v == 13 ? Double.NaN : v).toArray();
        int kth = kthSeed % x.length;
        NDArray a = Nd.array(x);
        double[] part = Nd.partition(a, kth, 0).toDoubleArray();
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double pivot = part[kth];
        assertTrue(Double.compare(sorted[kth], pivot) == 0, "kth element is where a sort puts it");
        for (int i = 0; i < part.length; i++) {
            int c = Double.compare(part[i], pivot);
            assertTrue(i < kth ? c <= 0 : i > kth ? c >= 0 : c == 0, "position " + i);
        }
        long[] idx = Nd.argpartition(a, kth, 0).toLongArray();
        assertTrue(Double.compare(x[(int) idx[kth]], pivot) == 0);
        double[] copy = part.clone();
        Arrays.sort(copy);
        assertArrayEquals(sorted, copy, "a permutation of the input");
    }

    @Property(tries = 1000)
    void partitionAtSeveralKthSortsEveryStretch(@ForAll @Size(min = 1, max = 300) List<@IntRange(min = -20, max = 20) Integer> values,
                                                @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 599) Integer> kthSeeds) {
        double[] x = values.stream().mapToDouble(v -> v == 13 ? Double.NaN : v).toArray();
        int n = x.length;
        // every seed gives one kth, half of them written as negative positions
        int[] kth = kthSeeds.stream().mapToInt(k -> k % n - (k >= 300 ? n : 0)).toArray();
        double[] part = Nd.partition(Nd.array(x), kth, 0).toDoubleArray();
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int[] cuts = Arrays.stream(kth).map(k -> k < 0 ? k + n : k).flatMap(k -> java.util.stream.IntStream.of(k, k + 1))
                .sorted().distinct().toArray();
        int from = 0;
        for (int c = 0; c <= cuts.length; c++) {
            int to = c < cuts.length ? cuts[c] : n;
            double[] stretch = Arrays.copyOfRange(part, from, to);
            Arrays.sort(stretch);
            assertArrayEquals(Arrays.copyOfRange(sorted, from, to), stretch, "stretch [" + from + ", " + to + ")");
            from = to;
        }
        long[] idx = Nd.argpartition(Nd.array(x), kth, 0).toLongArray();
        Arrays.sort(idx);
        for (int i = 0; i < n; i++) {
            assertEquals(i, idx[i], "argpartition is a permutation of the positions");
        }
    }

    @Property(tries = 1000)
    void sortAndArgsortAgreeWithTheJdkForEveryDtype(@ForAll @Size(max = 1200) List<@IntRange(min = -3000, max = 3000) Integer> values,
                                                    @ForAll @IntRange(min = 0, max = 4) int dtypeSeed) {
        DType dtype = DType.values()[dtypeSeed];
        NDArray a = Nd.array(values.stream().mapToLong(Integer::longValue).toArray()).astype(dtype);
        double[] reference = a.toDoubleArray();
        Arrays.sort(reference);
        assertArrayEquals(reference, Nd.sort(a).toDoubleArray());
        assertArrayEquals(reference, Nd.sort(a, 0, true).toDoubleArray());
        double[] in = a.toDoubleArray();
        long[] order = Nd.argsort(a).toLongArray();
        for (int i = 0; i < order.length; i++) {
            assertEquals(reference[i], in[(int) order[i]]);
            if (i > 0 && in[(int) order[i - 1]] == in[(int) order[i]]) {
                assertTrue(order[i - 1] < order[i], "stable");
            }
        }
    }
}
