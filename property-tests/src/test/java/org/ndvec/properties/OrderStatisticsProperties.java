package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ndvec.DType;
import org.ndvec.Histogram;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.QuantileMethod;
import org.ndvec.jqwik.DTypes;
import org.ndvec.jqwik.Finite;
import org.ndvec.jqwik.Rank;

/**
 * Issue 20's selection, binning and searching checked against their definitions on arrays of every
 * layout the generators make (views, reversed and zero strides, Fortran order): a selecting
 * quantile is the element a full sort puts at NumPy's rank; every histogram bin holds exactly the
 * values between its edges; bincount counts; searchsorted lands between its neighbours. The truth is
 * a plain sort or scan of the values in this class, never ndvec's own answer.
 */
class OrderStatisticsProperties {

    /** The values as doubles, C order (exact for every dtype drawn here but int64 beyond 2^53, compared after the same conversion). */
    private static double[] values(NDArray a) {
        return a.astype(DType.FLOAT64).toDoubleArray();
    }

    @Property(tries = 1000)
    void selectingQuantilesAreTheSortedElementAtNumpysRank(
            @ForAll @DTypes({DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) @Rank(min = 1, max = 3) NDArray a,
            @ForAll @DoubleRange(min = 0, max = 1) double q) {
        double[] x = values(a);
        if (x.length == 0) {
            return;
        }
        boolean nan = Arrays.stream(x).anyMatch(Double::isNaN);
        double[] sorted = x.clone();
        Arrays.sort(sorted); // -0.0 before 0.0 and NaN last, as ndvec orders them
        int n = sorted.length;
        long lower = (long) Math.floor((n - 1) * q);
        long higher = (long) Math.ceil((n - 1) * q);
        long nearest = (long) Math.rint((n - 1) * q);
        for (Object[] c : new Object[][] {{QuantileMethod.LOWER, lower}, {QuantileMethod.HIGHER, higher},
                {QuantileMethod.NEAREST, nearest}}) {
            NDArray r = Nd.quantile(a, q, null, false, (QuantileMethod) c[0]);
            assertEquals(a.dtype(), r.dtype());
            double expected = nan ? Double.NaN : sorted[(int) (long) c[1]];
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(r.astype(DType.FLOAT64).getDouble()),
                    c[0] + " of " + Arrays.toString(x) + " at q=" + q);
        }
    }

    @Property(tries = 1000)
    void medianAlongAnAxisIsTheMiddleOfEachSortedLane(
            @ForAll @DTypes({DType.FLOAT64, DType.INT64, DType.INT32}) @Finite @Rank(min = 1, max = 3) NDArray a,
            @ForAll @IntRange(min = 0, max = 2) int axisSeed) {
        int axis = axisSeed % a.ndim();
        NDArray m = Nd.median(a, axis);
        NDArray lanes = a.moveaxis(axis, -1);
        int n = a.shape(axis);
        int count = 1;
        for (int d = 0; d < a.ndim(); d++) {
            count *= d == axis ? 1 : a.shape(d);
        }
        double[] got = m.toDoubleArray();
        double[] all = values(lanes.copy());
        assertEquals(count, got.length);
        for (int lane = 0; lane < count; lane++) {
            double[] v = Arrays.copyOfRange(all, lane * n, lane * n + n);
            Arrays.sort(v);
            // NumPy's median of nothing is the mean of nothing: NaN
            double expected = n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(got[lane]),
                    "lane " + lane + " " + Arrays.toString(v));
        }
    }

    @Property(tries = 1000)
    void everyHistogramBinHoldsExactlyTheValuesBetweenItsEdges(
            @ForAll @DTypes({DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32}) @Finite NDArray a,
            @ForAll @IntRange(min = 1, max = 40) int bins) {
        double[] x = values(a);
        Histogram h;
        try {
            h = Nd.histogram(a, bins);
        } catch (IllegalArgumentException e) {
            // NumPy refuses too when the range is too narrow for that many distinct edges
            assertTrue(e.getMessage().startsWith("Too many bins for data range."), e.getMessage());
            return;
        } catch (IndexOutOfBoundsException e) {
            // a range wider than the largest float: NumPy's bin index is NaN and it fails the same way
            assertTrue(Math.abs(Arrays.stream(x).max().orElse(0) - Arrays.stream(x).min().orElse(0))
                    > (a.dtype() == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE), e.getMessage());
            return;
        }
        double[] e = values(h.binEdges());
        long[] counts = h.counts().toLongArray();
        long[] expected = new long[bins];
        for (double v : x) {
            for (int b = 0; b < bins; b++) {
                boolean last = b == bins - 1;
                if (v >= e[b] && (v < e[b + 1] || last && v == e[b + 1])) {
                    expected[b]++;
                    break;
                }
            }
        }
        assertArrayEquals(expected, counts, Arrays.toString(x) + " edges " + Arrays.toString(e));
        assertEquals(x.length, Arrays.stream(counts).sum());
    }

    @Property(tries = 1000)
    void bincountCountsEveryValue(@ForAll @DTypes({DType.INT64, DType.INT32, DType.BOOL}) @Rank(min = 1, max = 1)
                                  NDArray x) {
        NDArray pos = x.dtype() == DType.BOOL ? x : x.abs();
        long[] v = pos.toLongArray();
        if (Arrays.stream(v).anyMatch(k -> k < 0 || k > 100_000)) {
            return; // abs of the minimum int, or a value too large to count densely
        }
        long[] counts = Nd.bincount(pos).toLongArray();
        long max = Arrays.stream(v).max().orElse(-1);
        assertEquals(max + 1, counts.length);
        long[] expected = new long[counts.length];
        for (long k : v) {
            expected[(int) k]++;
        }
        assertArrayEquals(expected, counts);
    }

    @Property(tries = 1000)
    void searchsortedLandsBetweenItsNeighbours(
            @ForAll @DTypes({DType.FLOAT64, DType.FLOAT32, DType.INT32}) @Rank(min = 1, max = 1) NDArray a,
            @ForAll @DTypes({DType.FLOAT64, DType.INT32}) NDArray v, @ForAll boolean right) {
        // dtypes whose values doubles hold exactly, so the check compares what ndvec compares
        NDArray sorted = Nd.sort(a);
        double[] s = values(sorted);
        double[] needles = values(v);
        long[] at = Nd.searchsorted(sorted, v, right).toLongArray();
        for (int i = 0; i < needles.length; i++) {
            double x = needles[i];
            int k = (int) at[i];
            // NumPy's order: NaN after everything; left puts x before its equals, right after
            if (k > 0) {
                int c = compare(s[k - 1], x);
                assertTrue(right ? c <= 0 : c < 0, "before " + k + ": " + s[k - 1] + " vs " + x);
            }
            if (k < s.length) {
                int c = compare(s[k], x);
                assertTrue(right ? c > 0 : c >= 0, "at " + k + ": " + s[k] + " vs " + x);
            }
        }
    }

    private static int compare(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        return Boolean.compare(a != a, b != b);
    }
}
