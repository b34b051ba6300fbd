package org.ndvec.indexing;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;
import org.ndvec.strings.StringOps;

/**
 * Binary search into sorted data: {@code searchsorted} (with {@code side} and {@code sorter}),
 * {@code digitize}, and a row-wise searchsorted for per-feature bin edges. Values are compared in
 * the common type NumPy compares them in: as integers when both sides are integer or bool, as
 * strings by code point, and otherwise as float64 in NumPy's sort order (NaN after everything,
 * -0.0 equal to 0.0). Needles are searched in parallel chunks fixed by their count.
 */
public final class SearchSorted {
    private static final ArrayAccess ACCESS = Internals.access();
    /** Needles per parallel chunk (a binary search each: 2^16 of them is about a millisecond). */
    private static final int CHUNK = 1 << 16;

    private SearchSorted() {
    }

    /**
     * Both sides read once into their comparison type. The search is NumPy's {@code binsearch}, last-key
     * shortcut included: for a sorted haystack it changes nothing, but NumPy documents no answer for an
     * unsorted one and what its loop gives depends on the previous needle, so such a haystack is
     * searched in one sequential pass with the same state, and a sorted one in parallel chunks.
     */
    private static final class Haystack {
        final long[] longs;
        final double[] doubles;
        final String[] strings;
        final long[] keysL;
        final double[] keysD;
        final String[] keysS;
        final long[] sorter;
        final int n;

        Haystack(NDArray a, NDArray v, long[] sorter) {
            this.n = a.size();
            this.sorter = sorter;
            boolean strs = a.dtype() == DType.STRING || v.dtype() == DType.STRING;
            if (strs && (a.dtype() != DType.STRING || v.dtype() != DType.STRING)) {
                throw new IllegalArgumentException("cannot search string and numeric values together (dtypes "
                        + a.dtypeDescr() + " and " + v.dtypeDescr() + ")");
            }
            boolean integral = !strs && !a.dtype().isFloating() && !v.dtype().isFloating();
            this.strings = strs ? a.toStringArray() : null;
            this.keysS = strs ? v.toStringArray() : null;
            this.longs = integral ? a.toLongArray() : null;
            this.keysL = integral ? v.toLongArray() : null;
            this.doubles = !strs && !integral ? a.toDoubleArray() : null;
            this.keysD = !strs && !integral ? v.toDoubleArray() : null;
        }

        /** NumPy's order of haystack element {@code h} against needle {@code k}. */
        private int compare(int h, int k) {
            if (longs != null) {
                return Long.compare(longs[h], keysL[k]);
            }
            if (doubles != null) {
                return compareNanLast(doubles[h], keysD[k]);
            }
            return StringOps.CODE_POINT_ORDER.compare(strings[h], keysS[k]);
        }

        private int compareKeys(int j, int k) {
            if (keysL != null) {
                return Long.compare(keysL[j], keysL[k]);
            }
            if (keysD != null) {
                return compareNanLast(keysD[j], keysD[k]);
            }
            return StringOps.CODE_POINT_ORDER.compare(keysS[j], keysS[k]);
        }

        /** Whether the haystack is sorted in NumPy's order (no sorter). */
        boolean sorted() {
            if (sorter != null) {
                return false;
            }
            for (int i = 0; i + 1 < n; i++) {
                int c = longs != null ? Long.compare(longs[i], longs[i + 1])
                        : doubles != null ? compareNanLast(doubles[i], doubles[i + 1])
                        : StringOps.CODE_POINT_ORDER.compare(strings[i], strings[i + 1]);
                if (c > 0) {
                    return false;
                }
            }
            return true;
        }

        /** A plain binary search of needle {@code k} (a sorted haystack). */
        long find(int k, boolean right) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, k);
                if (c < 0 || right && c == 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** NumPy's {@code binsearch}/{@code argbinsearch} over every needle in order, bounds kept between needles. */
        void findAllInOrder(long[] out, boolean right) {
            int min = 0;
            int max = n;
            for (int k = 0; k < out.length; k++) {
                // cmp(last, key): last < key (left) or last <= key (right)
                int lastVsKey = k == 0 ? 0 : compareKeys(k - 1, k);
                if (k > 0 && (lastVsKey < 0 || right && lastVsKey == 0) || k == 0 && right) {
                    max = n;
                } else {
                    min = 0;
                    max = max < n ? max + 1 : n;
                }
                while (min < max) {
                    int mid = min + ((max - min) >> 1);
                    int c = compare(at(mid), k);
                    if (c < 0 || right && c == 0) {
                        min = mid + 1;
                    } else {
                        max = mid;
                    }
                }
                out[k] = min;
            }
        }

        /** Position {@code k} of the sorted order: through the sorter, whose entries NumPy checks when read. */
        private int at(int k) {
            if (sorter == null) {
                return k;
            }
            long s = sorter[k];
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("Sorter index out of range.");
            }
            return (int) s;
        }
    }

    /**
     * {@code np.searchsorted(a, v, side='right' if right else 'left', sorter=sorter)}: int64
     * insertion points of every element of {@code v} (any shape) into the 1-d {@code a}, sorted
     * ascending itself or in the order {@code a[sorter]}.
     *
     * @param sorter {@code null}, or int indices that sort {@code a} (as {@code argsort} gives)
     * @throws IllegalArgumentException NumPy's {@code object too deep for desired array},
     *     {@code object of too small depth for desired array}, {@code sorter.size must equal a.size},
     *     {@code sorter must only contain integers}, {@code Sorter index out of range.}
     */
    public static NDArray searchsorted(NDArray a, NDArray v, boolean right, NDArray sorter) {
        oneDimensional(a);
        long[] s = null;
        if (sorter != null) {
            if (sorter.ndim() != 1) {
                throw new IllegalArgumentException("could not parse sorter argument");
            }
            if (!sorter.dtype().isInteger()) {
                throw new IllegalArgumentException("sorter must only contain integers");
            }
            if (sorter.size() != a.size()) {
                throw new IllegalArgumentException("sorter.size must equal a.size");
            }
            s = sorter.toLongArray();
        }
        Haystack h = new Haystack(a, v, s);
        return search(h, v, right);
    }

    private static NDArray search(Haystack h, NDArray v, boolean right) {
        int count = v.size();
        long[] out = new long[count];
        if (h.sorted()) {
            int chunks = (count + CHUNK - 1) / CHUNK;
            Workers.forEachChunk(chunks, c -> {
                for (int i = c * CHUNK, end = Math.min(count, (c + 1) * CHUNK); i < end; i++) {
                    out[i] = h.find(i, right);
                }
            });
        } else {
            h.findAllInOrder(out, right);
        }
        return ACCESS.wrap(out, DType.INT64, v.shape());
    }

    private static void oneDimensional(NDArray a) {
        if (a.ndim() > 1) {
            throw new IllegalArgumentException("object too deep for desired array");
        }
        if (a.ndim() == 0) {
            throw new IllegalArgumentException("object of too small depth for desired array");
        }
    }

    /**
     * {@code np.digitize(x, bins, right=right)}: int64 bin numbers of {@code x} (any shape) for
     * monotonic 1-d {@code bins}: for increasing bins {@code i} with {@code bins[i-1] <= x < bins[i]}
     * ({@code bins[i-1] < x <= bins[i]} when {@code right}), 0 below and {@code len(bins)} above;
     * decreasing bins count from the other end. Monotonicity is NumPy's test, which reads the edges as
     * float64 and compares with {@code <}, so it says of NaN what NumPy's says.
     *
     * @throws IllegalArgumentException {@code bins must be monotonically increasing or decreasing},
     *     {@code object too deep for desired array}
     */
    public static NDArray digitize(NDArray x, NDArray bins, boolean right) {
        oneDimensional(bins);
        int mono = monotonicity(bins.toDoubleArray());
        if (mono == 0) {
            throw new IllegalArgumentException("bins must be monotonically increasing or decreasing");
        }
        if (mono == 1) {
            return searchsorted(bins, x, !right, null);
        }
        NDArray reversed = Rearranging.flip(bins, 0);
        NDArray p = searchsorted(reversed, x, !right, null);
        long[] r = (long[]) ACCESS.data(p);
        for (int i = 0; i < r.length; i++) {
            r[i] = bins.size() - r[i];
        }
        return p;
    }

    /** NumPy's {@code check_array_monotonic}: 1 increasing (or all equal), -1 decreasing, 0 neither. */
    private static int monotonicity(double[] a) {
        if (a.length == 0) {
            return 1;
        }
        double last = a[0];
        int i = 1;
        while (i < a.length && a[i] == last) {
            i++;
        }
        if (i == a.length) {
            return 1;
        }
        double next = a[i];
        boolean increasing = last < next;
        for (i++; i < a.length; i++) {
            last = next;
            next = a[i];
            if (increasing ? last > next : last < next) {
                return 0;
            }
        }
        return increasing ? 1 : -1;
    }

    /**
     * Row-wise searchsorted: {@code a} of shape {@code (..., n)} holds sorted rows and {@code v} of
     * shape {@code (..., k)} the needles of each row; the result, int64 of {@code v}'s shape, is
     * {@code np.searchsorted(a[i], v[i], side)} for every leading index {@code i} (NumPy itself
     * searches only one 1-d array; this is the loop a feature pipeline writes around it, with
     * per-column edges).
     *
     * @throws IllegalArgumentException when the leading dims of {@code a} and {@code v} differ
     */
    public static NDArray searchsortedRows(NDArray a, NDArray v, boolean right) {
        if (a.ndim() < 1 || v.ndim() != a.ndim()
                || !Arrays.equals(Arrays.copyOf(a.shape(), a.ndim() - 1), Arrays.copyOf(v.shape(), v.ndim() - 1))) {
            throw new IllegalArgumentException("searchsortedRows needs sorted rows (..., n) and needles (..., k) with the "
                    + "same leading dims, got shapes " + Shapes.python(a.shape()) + " and " + Shapes.python(v.shape()));
        }
        int rows = Shapes.size(Arrays.copyOf(a.shape(), a.ndim() - 1));
        NDArray ar = a.reshape(rows, a.shape(-1));
        NDArray vr = v.reshape(rows, v.shape(-1));
        long[] out = new long[v.size()];
        int k = v.shape(-1);
        for (int r = 0; r < rows; r++) {
            NDArray row = searchsorted(ar.get(Integer.toString(r)), vr.get(Integer.toString(r)), right, null);
            System.arraycopy((long[]) ACCESS.data(row), 0, out, r * k, k);
        }
        return ACCESS.wrap(out, DType.INT64, v.shape());
    }

    /** NumPy's sort order: NaN after everything, NaN equal to NaN, -0.0 equal to 0.0. */
    public static int compareNanLast(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        boolean xn = x != x;
        boolean yn = y != y;
        return xn == yn ? 0 : xn ? 1 : -1;
    }
}
