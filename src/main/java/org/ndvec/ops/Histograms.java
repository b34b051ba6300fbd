package org.ndvec.ops;

import java.util.Arrays;
import org.ndvec.DType;
import org.ndvec.Histogram;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.format.ArrayFormatter;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.parallel.Workers;
import org.ndvec.storage.Buffers;

/**
 * {@code np.histogram}, reproducing NumPy 2.4's {@code _histograms_impl.py} operation for operation:
 * the outer edges (data range, or {@code range}, widened by 0.5 when empty), the edges'
 * {@code linspace} in NumPy's bin dtype (float32 for float32 data), and for equal bins its bin
 * index {@code (x - first) / (last - first) * bins}, truncated and then corrected against the
 * edges, so values within an ulp of an edge land where NumPy puts them. The arithmetic follows
 * NumPy's type promotion: float32 data with its own range is binned in float32, with a Python-float
 * {@code range} the division is float64; integer data is binned in float64. Weighted sums run in
 * NumPy's order, 65,536-element block after block, so they match bit for bit; unweighted counts run
 * in parallel chunks of whole blocks.
 */
public final class Histograms {
    private static final ArrayAccess ACCESS = Internals.access();
    /** NumPy's {@code BLOCK}: weighted sums are grouped by it as NumPy groups them. */
    static final int BLOCK = 65536;
    /** Blocks per parallel chunk of unweighted counting: 4 x 64K elements per task. */
    private static final int BLOCKS_PER_CHUNK = 4;

    private Histograms() {
    }

    /** How the bin index of one element is computed: NumPy's dtypes for the uniform fast path. */
    private static final class Uniform {
        final int bins;
        final boolean single;      // float32 data: comparisons and edges in float32
        final boolean singleRatio; // float32 data with its own range: the ratio in float32 too
        final double first;
        final double last;
        final double denom;
        final float firstF;
        final float lastF;
        final float denomF;
        final double[] edges;
        final float[] edgesF;
        /** The edges the corrections compare with: float32 edges widened (exactly) for float32 data. */
        private final double[] compared;

        Uniform(int bins, boolean single, boolean singleRatio, double first, double last, double denom,
                double[] edges, float[] edgesF) {
            this.bins = bins;
            this.single = single;
            this.singleRatio = singleRatio;
            this.first = first;
            this.last = last;
            this.denom = denom;
            this.firstF = (float) first;
            this.lastF = (float) last;
            this.denomF = (float) denom;
            this.edges = edges;
            this.edgesF = edgesF;
            if (single) {
                compared = new double[edgesF.length];
                for (int i = 0; i < edgesF.length; i++) {
                    compared[i] = edgesF[i];
                }
            } else {
                compared = edges;
            }
        }

        /** Bin of a value binned in float64 (float64 and integer data), -1 outside the range or NaN. */
        int bin(double x) {
            if (!(x >= first && x <= last)) {
                return -1;
            }
            return place(x, (x - first) / denom * bins);
        }

        /** Bin of a float32 value, in float32 (own range) or with a float64 ratio (a given range). */
        int bin(float x) {
            if (!(x >= firstF && x <= lastF)) {
                return -1;
            }
            float diff = x - firstF;
            return place(x, singleRatio ? diff / denomF * (float) bins : diff / denom * bins);
        }

        /**
         * NumPy's index from the ratio {@code f}: truncated, the last edge moved into the last bin, then
         * corrected by one against the edges (comparisons of floats widened to double are exact).
         */
        private int place(double x, double f) {
            if (f != f) {
                throw overflowedRange(compared.length);
            }
            int i = (int) f;
            if (i == bins) {
                i--;
            }
            if (x < compared[i]) {
                i--;
            }
            if (i != bins - 1 && x >= compared[i + 1]) {
                i++;
            }
            return i;
        }

        /**
         * A range wider than the largest float makes NumPy's bin index NaN, which it casts to the
         * smallest int64 and then fails to index with; ndvec stops with the same error.
         */
        private static IndexOutOfBoundsException overflowedRange(int edges) {
            return new IndexOutOfBoundsException("index -9223372036854775808 is out of bounds for axis 0 with size "
                    + edges);
        }

        /** Bin indices (or -1) of {@code n} contiguous elements from {@code off} into {@code out}. */
        void bins(Object data, int off, int n, int[] out) {
            switch (data) {
                case double[] d -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = bin(d[off + i]);
                    }
                }
                case float[] f -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = bin(f[off + i]);
                    }
                }
                case long[] l -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = bin((double) l[off + i]);
                    }
                }
                case int[] x -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = bin((double) x[off + i]);
                    }
                }
                case byte[] b -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = bin((double) b[off + i]);
                    }
                }
                default -> throw new IllegalArgumentException("not a numeric buffer: " + data.getClass());
            }
        }

        NDArray edgeArray() {
            return single ? NDArray.wrap(edgesF, edgesF.length) : NDArray.wrap(edges, edges.length);
        }
    }

    /**
     * {@code np.histogram(a, bins, range=range, weights=weights, density=density)} with {@code bins}
     * equal bins.
     *
     * @param range {@code null}, or {@code {min, max}} (NumPy's Python floats)
     * @throws IllegalArgumentException NumPy's errors: {@code `bins` must be positive, when an integer},
     *     {@code max must be larger than min in range parameter.}, {@code supplied range of [0.0, inf] is not finite},
     *     {@code autodetected range of [nan, nan] is not finite}, {@code weights should have the same shape as a.},
     *     {@code Too many bins for data range. Cannot create 10 finite-sized bins.}
     */
    public static Histogram uniform(NDArray a, int bins, double[] range, NDArray weights, boolean density) {
        NDArray x = flat(a, weights);
        if (bins < 1) {
            throw new IllegalArgumentException("`bins` must be positive, when an integer");
        }
        Uniform u = outerEdges(x, bins, range);
        NDArray counts;
        Object data = ACCESS.data(x);
        int n = x.size();
        if (weights == null) {
            int chunks = (n + BLOCK * BLOCKS_PER_CHUNK - 1) / (BLOCK * BLOCKS_PER_CHUNK);
            long[][] partial = new long[chunks][];
            Workers.forEachChunk(chunks, c -> {
                long[] h = new long[bins];
                int[] idx = new int[BLOCK];
                int end = (int) Math.min(n, (long) (c + 1) * BLOCK * BLOCKS_PER_CHUNK);
                for (int from = c * BLOCK * BLOCKS_PER_CHUNK; from < end; from += BLOCK) {
                    int len = Math.min(BLOCK, end - from);
                    u.bins(data, from, len, idx);
                    for (int i = 0; i < len; i++) {
                        if (idx[i] >= 0) {
                            h[idx[i]]++;
                        }
                    }
                }
                partial[c] = h;
            });
            long[] total = new long[bins];
            for (long[] h : partial) {
                for (int b = 0; b < bins; b++) {
                    total[b] += h[b];
                }
            }
            counts = NDArray.wrap(total, bins);
        } else {
            counts = weightedUniform(u, data, n, flatWeights(weights));
        }
        NDArray edges = u.edgeArray();
        return new Histogram(density ? density(counts, edges) : counts, edges);
    }

    /** NumPy's per-block {@code bincount(indices, weights)} (float64 sums in element order) added into the weights' dtype. */
    private static NDArray weightedUniform(Uniform u, Object data, int n, NDArray w) {
        Object wd = ACCESS.data(w);
        int bins = u.bins;
        double[] block = new double[bins];
        int[] idx = new int[BLOCK];
        Object total = Buffers.allocate(w.dtype(), bins);
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            u.bins(data, from, len, idx);
            Arrays.fill(block, 0);
            for (int i = 0; i < len; i++) {
                if (idx[i] >= 0) {
                    block[idx[i]] += Buffers.getDouble(wd, from + i);
                }
            }
            addInto(total, block);
        }
        return ACCESS.wrap(total, w.dtype(), new int[] {bins});
    }

    /** {@code n += partial.astype(ntype)}: the partial is cast to the total's dtype first. */
    private static void addInto(Object total, double[] partial) {
        switch (total) {
            case double[] d -> {
                for (int b = 0; b < partial.length; b++) {
                    d[b] += partial[b];
                }
            }
            case float[] f -> {
                for (int b = 0; b < partial.length; b++) {
                    f[b] += (float) partial[b];
                }
            }
            case long[] l -> {
                for (int b = 0; b < partial.length; b++) {
                    l[b] += Buffers.doubleToLong(partial[b]);
                }
            }
            case int[] x -> {
                for (int b = 0; b < partial.length; b++) {
                    x[b] += Buffers.doubleToInt(partial[b]);
                }
            }
            default -> throw new IllegalArgumentException("weights must be numeric, got " + total.getClass());
        }
    }

    /** NumPy's {@code _get_outer_edges} and {@code _get_bin_edges} for {@code bins} equal bins. */
    private static Uniform outerEdges(NDArray x, int bins, double[] range) {
        DType t = x.dtype();
        boolean single = t == DType.FLOAT32;
        double first;
        double last;
        boolean own = range == null && x.size() > 0;
        if (range != null) {
            if (range.length != 2) {
                throw new IllegalArgumentException("range must be a (min, max) pair, got " + range.length + " values");
            }
            first = range[0];
            last = range[1];
            if (first > last) {
                throw new IllegalArgumentException("max must be larger than min in range parameter.");
            }
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw new IllegalArgumentException("supplied range of [" + ArrayFormatter.scalarStr(first) + ", "
                        + ArrayFormatter.scalarStr(last) + "] is not finite");
            }
        } else if (x.size() == 0) {
            first = 0;
            last = 1;
        } else {
            NDArray lo = x.min();
            NDArray hi = x.max();
            first = lo.getDouble();
            last = hi.getDouble();
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw new IllegalArgumentException("autodetected range of [" + scalarText(lo) + ", " + scalarText(hi)
                        + "] is not finite");
            }
        }
        boolean integerEnds = own && !t.isFloating();
        double denom;
        if (first == last) {
            if (own && single) {
                first = (float) first - 0.5f;
                last = (float) last + 0.5f;
            } else {
                first -= 0.5;
                last += 0.5;
            }
            integerEnds = false;
        }
        if (integerEnds) {
            denom = unsignedToDouble(x.max().getLong() - x.min().getLong());
        } else {
            denom = own && single ? (float) last - (float) first : last - first;
        }
        double[] edges = null;
        float[] edgesF = null;
        if (single && own) {
            edgesF = linspaceSingle((float) first, (float) last, bins + 1);
        } else {
            edges = Nd.linspace(first, last, bins + 1).toDoubleArray();
            if (single) {
                edgesF = new float[edges.length];
                for (int i = 0; i < edges.length; i++) {
                    edgesF[i] = (float) edges[i];
                }
            }
        }
        for (int i = 0; i < bins; i++) {
            if (single ? edgesF[i] >= edgesF[i + 1] : edges[i] >= edges[i + 1]) {
                throw new IllegalArgumentException("Too many bins for data range. Cannot create " + bins
                        + " finite-sized bins.");
            }
        }
        return new Uniform(bins, single, single && own, first, last, denom, edges, edgesF);
    }

    /** {@code np.linspace(first, last, num)} of float32 ends, computed in float32 as NumPy does then. */
    private static float[] linspaceSingle(float start, float stop, int num) {
        float[] y = new float[num];
        int div = num - 1;
        float delta = stop - start;
        float step = delta / div;
        for (int i = 0; i < num; i++) {
            y[i] = (step == 0 ? (i / (float) div) * delta : i * step) + start;
        }
        y[num - 1] = stop;
        return y;
    }

    /** An unsigned 64-bit difference as the nearest double (NumPy's uint64 -> float64). */
    private static double unsignedToDouble(long v) {
        return v >= 0 ? (double) v : (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    private static String scalarText(NDArray s) {
        return switch (s.dtype()) {
            case FLOAT64 -> ArrayFormatter.scalarStr(s.getDouble());
            case FLOAT32 -> ArrayFormatter.scalarStr(s.getFloat());
            default -> Long.toString(s.getLong());
        };
    }

    /**
     * {@code np.histogram(a, bins=edges, weights=weights, density=density)}: counts between given,
     * non-decreasing edges, the last bin closed. Counting is by binary search on the edges in the
     * common dtype of data and edges; weighted sums are NumPy's cumulative ones (sorted block by
     * block, {@code cumsum}, differences of the cumulative values at the edges), with a stable sort
     * where NumPy's is unstable, so equal values with unequal weights may sum in another order.
     *
     * @throws IllegalArgumentException {@code `bins` must increase monotonically, when an array},
     *     {@code `bins` must be 1d, when an array}, {@code weights should have the same shape as a.}
     */
    public static Histogram edges(NDArray a, NDArray edges, NDArray weights, boolean density) {
        NDArray x = flat(a, weights);
        if (edges.ndim() != 1) {
            throw new IllegalArgumentException("`bins` must be 1d, when an array");
        }
        if (edges.dtype() == DType.STRING) {
            throw new IllegalArgumentException("`bins` must be numeric");
        }
        NDArray e = edges.copy();
        double[] ed = e.toDoubleArray();
        for (int i = 0; i + 1 < ed.length; i++) {
            if (ed[i] > ed[i + 1]) {
                throw new IllegalArgumentException("`bins` must increase monotonically, when an array");
            }
        }
        int bins = Math.max(0, ed.length - 1);
        boolean integral = !x.dtype().isFloating() && !e.dtype().isFloating();
        Object data = ACCESS.data(x);
        int n = x.size();
        NDArray counts;
        if (weights == null) {
            long[] c = new long[bins];
            long[] el = integral ? e.toLongArray() : null;
            for (int i = 0; i < n && bins > 0; i++) {
                int b = integral ? binOf(el, Buffers.getLong(data, i)) : binOf(ed, Buffers.getDouble(data, i));
                if (b >= 0) {
                    c[b]++;
                }
            }
            counts = NDArray.wrap(c, bins);
        } else {
            counts = weightedEdges(x, e, flatWeights(weights), integral);
        }
        return new Histogram(density ? density(counts, e) : counts, e);
    }

    /** The bin of {@code v} among sorted edges: {@code e[i] <= v < e[i + 1]}, the last bin closed; -1 outside. */
    private static int binOf(double[] e, double v) {
        int k = e.length - 1;
        if (!(v >= e[0] && v <= e[k])) {
            return -1;
        }
        if (v == e[k]) {
            return k - 1;
        }
        return upperBound(e, v) - 1;
    }

    private static int binOf(long[] e, long v) {
        int k = e.length - 1;
        if (v < e[0] || v > e[k]) {
            return -1;
        }
        if (v == e[k]) {
            return k - 1;
        }
        int lo = 0;
        int hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Number of edges {@code <= v} (searchsorted side='right'). */
    private static int upperBound(double[] e, double v) {
        int lo = 0;
        int hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * NumPy's weighted path for given edges, per block: sort the values (NaN last), {@code cumsum} the
     * weights in their dtype, add the cumulative weight below each edge (the last edge inclusive)
     * into {@code cum_n}; the counts are {@code diff(cum_n)}.
     */
    private static NDArray weightedEdges(NDArray x, NDArray e, NDArray w, boolean integral) {
        DType wt = w.dtype();
        int edgesCount = e.size();
        Object data = ACCESS.data(x);
        Object wd = ACCESS.data(w);
        double[] ed = e.toDoubleArray();
        long[] el = e.toLongArray();
        Object cum = Buffers.allocate(wt, edgesCount);
        int n = x.size();
        for (int from = 0; from < n; from += BLOCK) {
            int len = Math.min(BLOCK, n - from);
            Integer[] order = new Integer[len];
            for (int i = 0; i < len; i++) {
                order[i] = from + i;
            }
            Arrays.sort(order, (p, q) -> integral ? Long.compare(Buffers.getLong(data, p), Buffers.getLong(data, q))
                    : org.ndvec.indexing.SearchSorted.compareNanLast(Buffers.getDouble(data, p), Buffers.getDouble(data, q)));
            // cw = concatenate((0, sw.cumsum())) in the weights' dtype
            Object cw = Buffers.allocate(wt, len + 1);
            for (int i = 0; i < len; i++) {
                cumulate(cw, i, wd, order[i]);
            }
            for (int k = 0; k < edgesCount; k++) {
                boolean inclusive = k == edgesCount - 1;
                int lo = 0;
                int hi = len;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    int c = integral ? Long.compare(Buffers.getLong(data, order[mid]), el[k])
                            : org.ndvec.indexing.SearchSorted.compareNanLast(Buffers.getDouble(data, order[mid]), ed[k]);
                    if (c < 0 || inclusive && c == 0) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                addElement(cum, k, cw, lo);
            }
        }
        int bins = Math.max(0, edgesCount - 1);
        Object out = Buffers.allocate(wt, bins);
        for (int b = 0; b < bins; b++) {
            switch (out) {
                case double[] d -> d[b] = ((double[]) cum)[b + 1] - ((double[]) cum)[b];
                case float[] f -> f[b] = ((float[]) cum)[b + 1] - ((float[]) cum)[b];
                case long[] l -> l[b] = ((long[]) cum)[b + 1] - ((long[]) cum)[b];
                case int[] v -> v[b] = ((int[]) cum)[b + 1] - ((int[]) cum)[b];
                default -> throw new IllegalArgumentException("weights must be numeric");
            }
        }
        return ACCESS.wrap(out, wt, new int[] {bins});
    }

    /** {@code cw[i + 1] = cw[i] + w[j]} in the weights' dtype. */
    private static void cumulate(Object cw, int i, Object w, int j) {
        switch (cw) {
            case double[] d -> d[i + 1] = d[i] + ((double[]) w)[j];
            case float[] f -> f[i + 1] = f[i] + ((float[]) w)[j];
            case long[] l -> l[i + 1] = l[i] + Buffers.getLong(w, j);
            case int[] v -> v[i + 1] = v[i] + ((int[]) w)[j];
            default -> throw new IllegalArgumentException("weights must be numeric");
        }
    }

    /** {@code cum[k] += cw[at]} in the weights' dtype. */
    private static void addElement(Object cum, int k, Object cw, int at) {
        switch (cum) {
            case double[] d -> d[k] += ((double[]) cw)[at];
            case float[] f -> f[k] += ((float[]) cw)[at];
            case long[] l -> l[k] += ((long[]) cw)[at];
            case int[] v -> v[k] += ((int[]) cw)[at];
            default -> throw new IllegalArgumentException("weights must be numeric");
        }
    }

    /** {@code n / np.diff(bin_edges) / n.sum()} in float64. */
    private static NDArray density(NDArray counts, NDArray edges) {
        double[] e = edges.toDoubleArray();
        double[] c = counts.toDoubleArray();
        double total = counts.sum().getDouble();
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] / (e[i + 1] - e[i]) / total;
        }
        return NDArray.wrap(out, out.length);
    }

    /** The data raveled C-contiguous, bool as integers (NumPy converts it to uint8), after the shape check. */
    private static NDArray flat(NDArray a, NDArray weights) {
        if (a.dtype() == DType.STRING) {
            throw new IllegalArgumentException("histogram needs numeric data, got dtype " + a.dtypeDescr());
        }
        if (weights != null && !Arrays.equals(a.shape(), weights.shape())) {
            throw new IllegalArgumentException("weights should have the same shape as a.");
        }
        NDArray x = a.reshape(-1);
        return x.isContiguous() && ACCESS.offset(x) == 0 && x.size() == Buffers.length(ACCESS.data(x)) ? x : x.copy();
    }

    private static NDArray flatWeights(NDArray w) {
        if (!w.dtype().isFloating() && !w.dtype().isInteger()) {
            throw new IllegalArgumentException("weights must be float or integer, got dtype " + w.dtypeDescr());
        }
        return w.reshape(-1).copy();
    }
}
