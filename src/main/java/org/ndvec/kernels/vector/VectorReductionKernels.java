package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.CompensatedSum;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * Vector API reduction kernels (contract in {@link ReductionKernels}).
 *
 * <p>Hand-written for float32 and float64; they belong in the elementwise template
 * generator once it exists. float32 sums add blocks of at most 8 values per lane in float and
 * widen each block's vector into double accumulators, so a 16M-element float32 sum is within
 * half a float32 ulp and runs at the memory speed of {@code max}; float32 axis-0 sums do the same
 * with groups of 8 rows.
 */
public final class VectorReductionKernels implements ReductionKernels {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Float lanes that widen into exactly one double vector. */
    private static final VectorSpecies<Float> FH =
            VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));

    /**
     * Leaf of the float64 pairwise sum of squared deviations: 4 accumulators x 8 vectors. Each
     * lane adds at most 8 values before the tree takes over (NumPy's leaf allows 16).
     */
    private static final int LEAF = 4 * 8 * D.length();

    @Override
    public String name() {
        return "vector";
    }

    private static DoubleVector widen(float[] a, int i) {
        return (DoubleVector) FloatVector.fromArray(FH, a, i).convertShape(VectorOperators.F2D, D, 0);
    }

    // ---------------------------------------------------------------- row reductions

    @Override
    public double sum(float[] a, int off, int n) {
        int w = FH.length();
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector s4 = s0;
        DoubleVector s5 = s0;
        DoubleVector s6 = s0;
        DoubleVector s7 = s0;
        int i = 0;
        // Every float is widened before its first addition: adding even 2-8 floats per lane in float
        // first (the faster form this replaced) rounded at float precision, and on 16M mixed-sign
        // values that alone was 18 float ulp off the exact sum, worse than NumPy's pairwise sum.
        // In double, the rounding error of n additions stays ~n 2^-53 sum|x|: below half a float
        // ulp of the result for any realistic row, so the final float is correctly rounded.
        // Eight accumulators: with four, an in-cache 1000-float row ran 40% slower than the float
        // blocks (Zen 3, one thread); with eight it runs as fast.
        for (; i + 8 * w <= n; i += 8 * w) {
            s0 = s0.add(widen(a, off + i));
            s1 = s1.add(widen(a, off + i + w));
            s2 = s2.add(widen(a, off + i + 2 * w));
            s3 = s3.add(widen(a, off + i + 3 * w));
            s4 = s4.add(widen(a, off + i + 4 * w));
            s5 = s5.add(widen(a, off + i + 5 * w));
            s6 = s6.add(widen(a, off + i + 6 * w));
            s7 = s7.add(widen(a, off + i + 7 * w));
        }
        // vector tail
        for (; i + w <= n; i += w) {
            s0 = s0.add(widen(a, off + i));
        }
        // reduce
        double s = Lanes.sum(s0.add(s1).add(s2.add(s3)).add(s4.add(s5).add(s6.add(s7))));
        // scalar tail
        for (; i < n; i++) {
            s += a[off + i];
        }
        return s;
    }

    @Override
    public double sum(double[] a, int off, int n) {
        return sumParts(a, off, n, null, 0);
    }

    @Override
    public double sumParts(double[] a, int off, int n, double[] low, int lowAt) {
        int w = D.length();
        // four (sum, compensation) lane pairs, each step Knuth's TwoSum: t = s + x exactly equals
        // the float t plus the error (s - (t - z)) + (x - z), z = t - s, which the compensation
        // collects. The rounded result is then about as if summed in twice the precision.
        // The error terms are written out here, not through CompensatedSum.error as in the scalar
        // kernel: Vector API loops past C2's inlining budget box their vectors (see the GELU
        // kernel), and a vector helper measured no faster (in-cache 1000-double rows, noisy).
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector c0 = s0;
        DoubleVector c1 = s0;
        DoubleVector c2 = s0;
        DoubleVector c3 = s0;
        int i = 0;
        for (; i + 4 * w <= n; i += 4 * w) {
            DoubleVector x0 = DoubleVector.fromArray(D, a, off + i);
            DoubleVector t0 = s0.add(x0);
            DoubleVector z0 = t0.sub(s0);
            c0 = c0.add(s0.sub(t0.sub(z0)).add(x0.sub(z0)));
            s0 = t0;
            DoubleVector x1 = DoubleVector.fromArray(D, a, off + i + w);
            DoubleVector t1 = s1.add(x1);
            DoubleVector z1 = t1.sub(s1);
            c1 = c1.add(s1.sub(t1.sub(z1)).add(x1.sub(z1)));
            s1 = t1;
            DoubleVector x2 = DoubleVector.fromArray(D, a, off + i + 2 * w);
            DoubleVector t2 = s2.add(x2);
            DoubleVector z2 = t2.sub(s2);
            c2 = c2.add(s2.sub(t2.sub(z2)).add(x2.sub(z2)));
            s2 = t2;
            DoubleVector x3 = DoubleVector.fromArray(D, a, off + i + 3 * w);
            DoubleVector t3 = s3.add(x3);
            DoubleVector z3 = t3.sub(s3);
            c3 = c3.add(s3.sub(t3.sub(z3)).add(x3.sub(z3)));
            s3 = t3;
        }
        // vector tail
        for (; i + w <= n; i += w) {
            DoubleVector x0 = DoubleVector.fromArray(D, a, off + i);
            DoubleVector t0 = s0.add(x0);
            DoubleVector z0 = t0.sub(s0);
            c0 = c0.add(s0.sub(t0.sub(z0)).add(x0.sub(z0)));
            s0 = t0;
        }
        // the four pairs into one, lanewise TwoSum again (no lane is dropped or reordered by mode)
        DoubleVector c = c0.add(c1).add(c2.add(c3));
        DoubleVector t01 = s0.add(s1);
        DoubleVector z = t01.sub(s0);
        c = c.add(s0.sub(t01.sub(z)).add(s1.sub(z)));
        DoubleVector t23 = s2.add(s3);
        z = t23.sub(s2);
        c = c.add(s2.sub(t23.sub(z)).add(s3.sub(z)));
        DoubleVector v = t01.add(t23);
        z = v.sub(t01);
        c = c.add(t01.sub(v.sub(z)).add(t23.sub(z)));
        // the lanes in index order, then the scalar tail, each by TwoSum
        double hi = 0;
        double lo = Lanes.sum(c);
        for (int lane = 0; lane < w; lane++) {
            double x = v.lane(lane);
            double t = hi + x;
            double zz = t - hi;
            lo += (hi - (t - zz)) + (x - zz);
            hi = t;
        }
        for (; i < n; i++) {
            double x = a[off + i];
            double t = hi + x;
            double zz = t - hi;
            lo += (hi - (t - zz)) + (x - zz);
            hi = t;
        }
        return CompensatedSum.finish(hi, lo, low, lowAt);
    }

    @Override
    public double sumSquaredDeviations(float[] a, int off, int n, double mean) {
        int w = D.length();
        DoubleVector m = DoubleVector.broadcast(D, mean);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        int i = 0;
        // vector body (unrolled, independent accumulators)
        for (; i + 2 * w <= n; i += 2 * w) {
            DoubleVector d0 = widen(a, off + i).sub(m);
            DoubleVector d1 = widen(a, off + i + w).sub(m);
            s0 = d0.fma(d0, s0);
            s1 = d1.fma(d1, s1);
        }
        // vector tail
        for (; i + w <= n; i += w) {
            DoubleVector d0 = widen(a, off + i).sub(m);
            s0 = d0.fma(d0, s0);
        }
        // reduce
        double s = Lanes.sum(s0.add(s1));
        // scalar tail
        for (; i < n; i++) {
            double d = a[off + i] - mean;
            s += d * d;
        }
        return s;
    }

    @Override
    public double sumSquaredDeviations(double[] a, int off, int n, double mean) {
        if (n > LEAF) {
            int half = (n / 2) / D.length() * D.length();
            return sumSquaredDeviations(a, off, half, mean) + sumSquaredDeviations(a, off + half, n - half, mean);
        }
        int w = D.length();
        DoubleVector m = DoubleVector.broadcast(D, mean);
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        int i = 0;
        // vector body (unrolled, independent accumulators)
        for (; i + 2 * w <= n; i += 2 * w) {
            DoubleVector d0 = DoubleVector.fromArray(D, a, off + i).sub(m);
            DoubleVector d1 = DoubleVector.fromArray(D, a, off + i + w).sub(m);
            s0 = d0.fma(d0, s0);
            s1 = d1.fma(d1, s1);
        }
        // vector tail
        for (; i + w <= n; i += w) {
            DoubleVector d0 = DoubleVector.fromArray(D, a, off + i).sub(m);
            s0 = d0.fma(d0, s0);
        }
        // reduce
        double s = Lanes.sum(s0.add(s1));
        // scalar tail
        for (; i < n; i++) {
            double d = a[off + i] - mean;
            s += d * d;
        }
        return s;
    }

    // One method per operator and type, no operator parameter: C2 intrinsifies a lanewise op only
    // when the operator is a constant where it compiles (an operator parameter measured ~10x slower).

    @Override
    public float max(float[] a, int off, int n) {
        int w = F.length();
        FloatVector m0 = FloatVector.broadcast(F, a[off]);
        FloatVector m1 = m0;
        FloatVector m2 = m0;
        FloatVector m3 = m0;
        int i = 0;
        // vector body (unrolled, independent accumulators); lanewise max follows Math.max, so NaN sticks
        for (; i + 4 * w <= n; i += 4 * w) {
            m0 = m0.max(FloatVector.fromArray(F, a, off + i));
            m1 = m1.max(FloatVector.fromArray(F, a, off + i + w));
            m2 = m2.max(FloatVector.fromArray(F, a, off + i + 2 * w));
            m3 = m3.max(FloatVector.fromArray(F, a, off + i + 3 * w));
        }
        // vector tail
        for (; i + w <= n; i += w) {
            m0 = m0.max(FloatVector.fromArray(F, a, off + i));
        }
        // reduce
        FloatVector m = m0.max(m1).max(m2.max(m3));
        if (m.test(VectorOperators.IS_NAN).anyTrue()) {
            return Float.NaN;
        }
        float r = m.reduceLanes(VectorOperators.MAX);
        // scalar tail
        for (; i < n; i++) {
            r = Math.max(r, a[off + i]);
        }
        return r;
    }

    @Override
    public float min(float[] a, int off, int n) {
        int w = F.length();
        FloatVector m0 = FloatVector.broadcast(F, a[off]);
        FloatVector m1 = m0;
        FloatVector m2 = m0;
        FloatVector m3 = m0;
        int i = 0;
        // vector body (unrolled, independent accumulators); lanewise min follows Math.min, so NaN sticks
        for (; i + 4 * w <= n; i += 4 * w) {
            m0 = m0.min(FloatVector.fromArray(F, a, off + i));
            m1 = m1.min(FloatVector.fromArray(F, a, off + i + w));
            m2 = m2.min(FloatVector.fromArray(F, a, off + i + 2 * w));
            m3 = m3.min(FloatVector.fromArray(F, a, off + i + 3 * w));
        }
        // vector tail
        for (; i + w <= n; i += w) {
            m0 = m0.min(FloatVector.fromArray(F, a, off + i));
        }
        // reduce
        FloatVector m = m0.min(m1).min(m2.min(m3));
        if (m.test(VectorOperators.IS_NAN).anyTrue()) {
            return Float.NaN;
        }
        float r = m.reduceLanes(VectorOperators.MIN);
        // scalar tail
        for (; i < n; i++) {
            r = Math.min(r, a[off + i]);
        }
        return r;
    }

    @Override
    public double max(double[] a, int off, int n) {
        int w = D.length();
        DoubleVector m0 = DoubleVector.broadcast(D, a[off]);
        DoubleVector m1 = m0;
        DoubleVector m2 = m0;
        DoubleVector m3 = m0;
        int i = 0;
        // vector body (unrolled, independent accumulators); lanewise max follows Math.max, so NaN sticks
        for (; i + 4 * w <= n; i += 4 * w) {
            m0 = m0.max(DoubleVector.fromArray(D, a, off + i));
            m1 = m1.max(DoubleVector.fromArray(D, a, off + i + w));
            m2 = m2.max(DoubleVector.fromArray(D, a, off + i + 2 * w));
            m3 = m3.max(DoubleVector.fromArray(D, a, off + i + 3 * w));
        }
        // vector tail
        for (; i + w <= n; i += w) {
            m0 = m0.max(DoubleVector.fromArray(D, a, off + i));
        }
        // reduce
        DoubleVector m = m0.max(m1).max(m2.max(m3));
        if (m.test(VectorOperators.IS_NAN).anyTrue()) {
            return Double.NaN;
        }
        double r = m.reduceLanes(VectorOperators.MAX);
        // scalar tail
        for (; i < n; i++) {
            r = Math.max(r, a[off + i]);
        }
        return r;
    }

    @Override
    public double min(double[] a, int off, int n) {
        int w = D.length();
        DoubleVector m0 = DoubleVector.broadcast(D, a[off]);
        DoubleVector m1 = m0;
        DoubleVector m2 = m0;
        DoubleVector m3 = m0;
        int i = 0;
        // vector body (unrolled, independent accumulators); lanewise min follows Math.min, so NaN sticks
        for (; i + 4 * w <= n; i += 4 * w) {
            m0 = m0.min(DoubleVector.fromArray(D, a, off + i));
            m1 = m1.min(DoubleVector.fromArray(D, a, off + i + w));
            m2 = m2.min(DoubleVector.fromArray(D, a, off + i + 2 * w));
            m3 = m3.min(DoubleVector.fromArray(D, a, off + i + 3 * w));
        }
        // vector tail
        for (; i + w <= n; i += w) {
            m0 = m0.min(DoubleVector.fromArray(D, a, off + i));
        }
        // reduce
        DoubleVector m = m0.min(m1).min(m2.min(m3));
        if (m.test(VectorOperators.IS_NAN).anyTrue()) {
            return Double.NaN;
        }
        double r = m.reduceLanes(VectorOperators.MIN);
        // scalar tail
        for (; i < n; i++) {
            r = Math.min(r, a[off + i]);
        }
        return r;
    }

    @Override
    public int argmax(float[] a, int off, int n) {
        return indexOf(a, off, n, max(a, off, n));
    }

    @Override
    public int argmin(float[] a, int off, int n) {
        return indexOf(a, off, n, min(a, off, n));
    }

    @Override
    public int argmax(double[] a, int off, int n) {
        return indexOf(a, off, n, max(a, off, n));
    }

    @Override
    public int argmin(double[] a, int off, int n) {
        return indexOf(a, off, n, min(a, off, n));
    }

    /*
     * First position holding the extreme (or the first NaN when the extreme is NaN). The extreme
     * is found first and searched for second: two simple vector loops, the search usually stopping
     * early. (A blocked single pass that remembered the first block holding the running extreme
     * measured 2x slower on argmax_axis1_f32_4096x1000: left for the template generator to retry.) The NaN search is its own loop: choosing the mask by a flag per iteration (a phi of
     * two masks) can make C2 box it.
     */
    private static int indexOf(float[] a, int off, int n, float target) {
        if (target != target) {
            return indexOfNaN(a, off, n);
        }
        FloatVector x = FloatVector.broadcast(F, target);
        int w = F.length();
        int i = 0;
        // vector body (unrolled): one branch per four vectors until a block holds the target
        for (; i + 4 * w <= n; i += 4 * w) {
            if (FloatVector.fromArray(F, a, off + i).compare(VectorOperators.EQ, x)
                    .or(FloatVector.fromArray(F, a, off + i + w).compare(VectorOperators.EQ, x))
                    .or(FloatVector.fromArray(F, a, off + i + 2 * w).compare(VectorOperators.EQ, x))
                    .or(FloatVector.fromArray(F, a, off + i + 3 * w).compare(VectorOperators.EQ, x)).anyTrue()) {
                break;
            }
        }
        // vector tail (and the block that holds the target)
        for (; i + w <= n; i += w) {
            int hit = FloatVector.fromArray(F, a, off + i).compare(VectorOperators.EQ, x).firstTrue();
            if (hit < w) {
                return i + hit;
            }
        }
        // scalar tail
        for (; i < n; i++) {
            if (a[off + i] == target) {
                return i;
            }
        }
        throw new AssertionError("extreme not found");
    }

    private static int indexOfNaN(float[] a, int off, int n) {
        int w = F.length();
        int i = 0;
        // vector body
        for (; i + w <= n; i += w) {
            int hit = FloatVector.fromArray(F, a, off + i).test(VectorOperators.IS_NAN).firstTrue();
            if (hit < w) {
                return i + hit;
            }
        }
        // scalar tail
        for (; i < n; i++) {
            if (a[off + i] != a[off + i]) {
                return i;
            }
        }
        throw new AssertionError("NaN not found");
    }

    private static int indexOf(double[] a, int off, int n, double target) {
        if (target != target) {
            return indexOfNaN(a, off, n);
        }
        DoubleVector x = DoubleVector.broadcast(D, target);
        int w = D.length();
        int i = 0;
        // vector body (unrolled): one branch per four vectors until a block holds the target
        for (; i + 4 * w <= n; i += 4 * w) {
            if (DoubleVector.fromArray(D, a, off + i).compare(VectorOperators.EQ, x)
                    .or(DoubleVector.fromArray(D, a, off + i + w).compare(VectorOperators.EQ, x))
                    .or(DoubleVector.fromArray(D, a, off + i + 2 * w).compare(VectorOperators.EQ, x))
                    .or(DoubleVector.fromArray(D, a, off + i + 3 * w).compare(VectorOperators.EQ, x)).anyTrue()) {
                break;
            }
        }
        // vector tail (and the block that holds the target)
        for (; i + w <= n; i += w) {
            int hit = DoubleVector.fromArray(D, a, off + i).compare(VectorOperators.EQ, x).firstTrue();
            if (hit < w) {
                return i + hit;
            }
        }
        // scalar tail
        for (; i < n; i++) {
            if (a[off + i] == target) {
                return i;
            }
        }
        throw new AssertionError("extreme not found");
    }

    private static int indexOfNaN(double[] a, int off, int n) {
        int w = D.length();
        int i = 0;
        // vector body
        for (; i + w <= n; i += w) {
            int hit = DoubleVector.fromArray(D, a, off + i).test(VectorOperators.IS_NAN).firstTrue();
            if (hit < w) {
                return i + hit;
            }
        }
        // scalar tail
        for (; i < n; i++) {
            if (a[off + i] != a[off + i]) {
                return i;
            }
        }
        throw new AssertionError("NaN not found");
    }

    // ---------------------------------------------------------------- row accumulation

    @Override
    public void accumulateSum(float[] a, int aOff, int rowStride, int rows, double[] acc, int accOff, int n) {
        int w = F.length();
        int end = accOff + n;
        int vEnd = accOff + F.loopBound(n);
        int r = 0;
        // eight rows per pass, summed pairwise in float and widened once into the double accumulator
        // row: per 16 columns 8 loads, 7 float adds and 2 conversions instead of 8 conversions and
        // 8 double adds (mean_axis0_f32_4096x4096 ran 2.3x slower than axis 1 widening every row).
        // Each column adds at most 8 values in float before double takes over, as sum(float[]) does.
        // The loop counter is the accumulator index itself: indexing acc by accOff + i made the
        // same loop 30% slower (4096 x 4096, single thread: 3.42-3.50 ms against 2.54-2.62 ms).
        for (; r + 8 <= rows; r += 8) {
            int base = aOff + r * rowStride - accOff; // input index = base + accumulator index
            int rs = rowStride;
            int j = accOff;
            // vector body
            for (; j < vEnd; j += w) {
                int p = base + j;
                FloatVector s = FloatVector.fromArray(F, a, p).add(FloatVector.fromArray(F, a, p + rs))
                        .add(FloatVector.fromArray(F, a, p + 2 * rs).add(FloatVector.fromArray(F, a, p + 3 * rs)))
                        .add(FloatVector.fromArray(F, a, p + 4 * rs).add(FloatVector.fromArray(F, a, p + 5 * rs))
                                .add(FloatVector.fromArray(F, a, p + 6 * rs).add(FloatVector.fromArray(F, a, p + 7 * rs))));
                DoubleVector.fromArray(D, acc, j).add(s.convertShape(VectorOperators.F2D, D, 0)).intoArray(acc, j);
                DoubleVector.fromArray(D, acc, j + D.length()).add(s.convertShape(VectorOperators.F2D, D, 1))
                        .intoArray(acc, j + D.length());
            }
            // scalar tail, the same float additions in the same order as the lanes
            for (; j < end; j++) {
                int p = base + j;
                acc[j] += ((a[p] + a[p + rs]) + (a[p + 2 * rs] + a[p + 3 * rs]))
                        + ((a[p + 4 * rs] + a[p + 5 * rs]) + (a[p + 6 * rs] + a[p + 7 * rs]));
            }
        }
        int dEnd = accOff + D.loopBound(n);
        for (; r < rows; r++) {
            int base = aOff + r * rowStride - accOff;
            int j = accOff;
            // vector body
            for (; j < dEnd; j += D.length()) {
                DoubleVector.fromArray(D, acc, j).add(widen(a, base + j)).intoArray(acc, j);
            }
            // scalar tail
            for (; j < end; j++) {
                acc[j] += a[base + j];
            }
        }
    }

    @Override
    public void accumulateSum(double[] a, int aOff, int rowStride, int rows, double[] acc, int accOff, int n) {
        int end = accOff + n;
        int vEnd = accOff + D.loopBound(n);
        int r = 0;
        // four rows per pass: the accumulator row is loaded and stored once per four input rows
        // (mean_axis0_f32_4096x4096 ran 3x slower one row at a time); the loop counter indexes
        // the accumulator directly, as in the float32 kernel above
        for (; r + 4 <= rows; r += 4) {
            int b0 = aOff + r * rowStride - accOff; // input index = b0 + accumulator index
            int b1 = b0 + rowStride;
            int b2 = b1 + rowStride;
            int b3 = b2 + rowStride;
            int j = accOff;
            // vector body
            for (; j < vEnd; j += D.length()) {
                // Added one row at a time, in row order: NumPy's axis-0 add.reduce is a sequential
                // sum per column, and float64 results must match it bit for bit (the seed tour
                // prints the ~1e-16 residues of normalized means).
                DoubleVector.fromArray(D, acc, j)
                        .add(DoubleVector.fromArray(D, a, b0 + j)).add(DoubleVector.fromArray(D, a, b1 + j))
                        .add(DoubleVector.fromArray(D, a, b2 + j)).add(DoubleVector.fromArray(D, a, b3 + j))
                        .intoArray(acc, j);
            }
            // scalar tail
            for (; j < end; j++) {
                acc[j] = (((acc[j] + a[b0 + j]) + a[b1 + j]) + a[b2 + j]) + a[b3 + j];
            }
        }
        for (; r < rows; r++) {
            int base = aOff + r * rowStride - accOff;
            int j = accOff;
            // vector body
            for (; j < vEnd; j += D.length()) {
                DoubleVector.fromArray(D, acc, j).add(DoubleVector.fromArray(D, a, base + j)).intoArray(acc, j);
            }
            // scalar tail
            for (; j < end; j++) {
                acc[j] += a[base + j];
            }
        }
    }

    @Override
    public void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, acc, accOff + i).max(widen(a, aOff + i)).intoArray(acc, accOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            acc[accOff + i] = Math.max(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, acc, accOff + i).max(DoubleVector.fromArray(D, a, aOff + i))
                    .intoArray(acc, accOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            acc[accOff + i] = Math.max(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, acc, accOff + i).min(widen(a, aOff + i)).intoArray(acc, accOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            acc[accOff + i] = Math.min(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, acc, accOff + i).min(DoubleVector.fromArray(D, a, aOff + i))
                    .intoArray(acc, accOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            acc[accOff + i] = Math.min(acc[accOff + i], a[aOff + i]);
        }
    }

    @Override
    public void accumulateSquaredDeviations(float[] a, int aOff, double[] mean, double[] acc, int accOff, int n) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector d = widen(a, aOff + i).sub(DoubleVector.fromArray(D, mean, accOff + i));
            d.fma(d, DoubleVector.fromArray(D, acc, accOff + i)).intoArray(acc, accOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            double d = a[aOff + i] - mean[accOff + i];
            acc[accOff + i] += d * d;
        }
    }

    @Override
    public void accumulateSquaredDeviations(double[] a, int aOff, double[] mean, double[] acc, int accOff, int n) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector d = DoubleVector.fromArray(D, a, aOff + i).sub(DoubleVector.fromArray(D, mean, accOff + i));
            d.fma(d, DoubleVector.fromArray(D, acc, accOff + i)).intoArray(acc, accOff + i);
        }
        // scalar tail
        for (; i < n; i++) {
            double d = a[aOff + i] - mean[accOff + i];
            acc[accOff + i] += d * d;
        }
    }

    // ---------------------------------------------------------------- softmax passes

    // Three separate loops per type rather than one with flags: a vector chosen by a runtime
    // flag (a phi of two vectors) can force C2 to box it, which made softmax_axis1_f32_4096x1000
    // several times slower once crossentropy had compiled the shared loop first.
    //
    // Each exp is our own kernel (VectorFloat32Math / VectorFloat64Math: the scalar twin's bits),
    // and the sum follows the canonical order of ScalarReductionKernels.EXP_LANES = 16 virtual
    // double lanes (element i into lane i % 16, then a halving tree), so every row sums to the
    // same bits as the scalar kernels', on AVX-512 (lanes 0-7 and 8-15 in acc0, acc1) and on AVX2
    // (four 4-lane accumulators acc0..acc3) alike. Other shapes run the scalar twin itself.

    private static final int EXP_STEP = ScalarReductionKernels.EXP_LANES;
    /** 512-bit: one float vector (two double vectors) per 16 elements; else 256-bit: two (four). */
    private static final boolean EXP_WIDE = F.length() == EXP_STEP;
    private static final boolean EXP_VECTOR = EXP_WIDE || F.length() == EXP_STEP / 2;
    private static final ScalarReductionKernels EXP_SCALAR = new ScalarReductionKernels();
    private static final FloatVector F_ZERO = FloatVector.zero(F);
    private static final DoubleVector D_ZERO = DoubleVector.zero(D);

    /** Lanes {@code 8 part .. 8 part + 7} (AVX-512) or {@code 4 part ..} (AVX2) of e, widened. */
    private static DoubleVector widen(FloatVector e, int part) {
        return (DoubleVector) e.convertShape(VectorOperators.F2D, D, part);
    }

    /**
     * The halving tree of {@link ScalarReductionKernels#foldLanes} over the 16 virtual lanes held
     * in acc0, acc1 (8 lanes each) or acc0..acc3 (4 each).
     */
    private static double foldExpLanes(DoubleVector acc0, DoubleVector acc1, DoubleVector acc2, DoubleVector acc3) {
        double u0;
        double u1;
        double u2;
        double u3;
        if (EXP_WIDE) {
            DoubleVector t = acc0.add(acc1); // lane l += lane l + 8
            u0 = t.lane(0) + t.lane(4); // lane l += lane l + 4
            u1 = t.lane(1) + t.lane(5);
            u2 = t.lane(2) + t.lane(6);
            u3 = t.lane(3) + t.lane(7);
        } else {
            DoubleVector u = acc0.add(acc2).add(acc1.add(acc3));
            u0 = u.lane(0);
            u1 = u.lane(1);
            u2 = u.lane(2);
            u3 = u.lane(3);
        }
        return (u0 + u2) + (u1 + u3);
    }

    private static FloatVector shifted(float[] a, int i, FloatVector sh) {
        return FloatVector.fromArray(F, a, i).sub(sh);
    }

    private static FloatVector shifted(float[] a, int i, FloatVector sh, VectorMask<Float> m) {
        return FloatVector.fromArray(F, a, i, m).sub(sh);
    }

    /** exp in the lanes of m, +0 in the others (adding +0 leaves a lane sum, never -0, unchanged). */
    private static FloatVector expIn(FloatVector d, VectorMask<Float> m) {
        return F_ZERO.blend(VectorFloat32Math.exp(d), m);
    }

    private static DoubleVector shifted(double[] a, int i, DoubleVector sh) {
        return DoubleVector.fromArray(D, a, i).sub(sh);
    }

    private static DoubleVector shifted(double[] a, int i, DoubleVector sh, VectorMask<Double> m) {
        return DoubleVector.fromArray(D, a, i, m).sub(sh);
    }

    private static DoubleVector expIn(DoubleVector d, VectorMask<Double> m) {
        return D_ZERO.blend(VectorFloat64Math.exp(d), m);
    }

    @Override
    public double sumExp(float[] a, int off, int n, float shift) {
        if (!EXP_VECTOR) {
            return EXP_SCALAR.sumExp(a, off, n, shift);
        }
        FloatVector sh = FloatVector.broadcast(F, shift);
        DoubleVector acc0 = D_ZERO;
        DoubleVector acc1 = D_ZERO;
        DoubleVector acc2 = D_ZERO;
        DoubleVector acc3 = D_ZERO;
        int i = 0;
        int h = EXP_STEP / 2;
        // vector body
        for (; i + EXP_STEP <= n; i += EXP_STEP) {
            FloatVector e = VectorFloat32Math.exp(shifted(a, off + i, sh));
            acc0 = acc0.add(widen(e, 0));
            acc1 = acc1.add(widen(e, 1));
            if (!EXP_WIDE) {
                FloatVector e1 = VectorFloat32Math.exp(shifted(a, off + i + h, sh));
                acc2 = acc2.add(widen(e1, 0));
                acc3 = acc3.add(widen(e1, 1));
            }
        }
        // masked tail: a row of 1000 floats ends in 8 elements, and 8 scalar exps per row cost
        // more than a whole masked vector (softmax_axis1_f32_4096x1000)
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector e = expIn(shifted(a, off + i, sh, m), m);
            acc0 = acc0.add(widen(e, 0));
            acc1 = acc1.add(widen(e, 1));
            if (!EXP_WIDE) {
                VectorMask<Float> m1 = F.indexInRange(i + h, n);
                FloatVector e1 = expIn(shifted(a, off + i + h, sh, m1), m1);
                acc2 = acc2.add(widen(e1, 0));
                acc3 = acc3.add(widen(e1, 1));
            }
        }
        // reduce
        return foldExpLanes(acc0, acc1, acc2, acc3);
    }

    @Override
    public double expInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        if (!EXP_VECTOR) {
            return EXP_SCALAR.expInto(a, aOff, shift, out, outOff, n);
        }
        FloatVector sh = FloatVector.broadcast(F, shift);
        DoubleVector acc0 = D_ZERO;
        DoubleVector acc1 = D_ZERO;
        DoubleVector acc2 = D_ZERO;
        DoubleVector acc3 = D_ZERO;
        int i = 0;
        int h = EXP_STEP / 2;
        // vector body
        for (; i + EXP_STEP <= n; i += EXP_STEP) {
            FloatVector e = VectorFloat32Math.exp(shifted(a, aOff + i, sh));
            e.intoArray(out, outOff + i);
            acc0 = acc0.add(widen(e, 0));
            acc1 = acc1.add(widen(e, 1));
            if (!EXP_WIDE) {
                FloatVector e1 = VectorFloat32Math.exp(shifted(a, aOff + i + h, sh));
                e1.intoArray(out, outOff + i + h);
                acc2 = acc2.add(widen(e1, 0));
                acc3 = acc3.add(widen(e1, 1));
            }
        }
        // masked tail (see sumExp)
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector e = expIn(shifted(a, aOff + i, sh, m), m);
            e.intoArray(out, outOff + i, m);
            acc0 = acc0.add(widen(e, 0));
            acc1 = acc1.add(widen(e, 1));
            if (!EXP_WIDE) {
                VectorMask<Float> m1 = F.indexInRange(i + h, n);
                FloatVector e1 = expIn(shifted(a, aOff + i + h, sh, m1), m1);
                e1.intoArray(out, outOff + i + h, m1);
                acc2 = acc2.add(widen(e1, 0));
                acc3 = acc3.add(widen(e1, 1));
            }
        }
        // reduce
        return foldExpLanes(acc0, acc1, acc2, acc3);
    }

    @Override
    public double shiftInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        if (!EXP_VECTOR) {
            return EXP_SCALAR.shiftInto(a, aOff, shift, out, outOff, n);
        }
        FloatVector sh = FloatVector.broadcast(F, shift);
        DoubleVector acc0 = D_ZERO;
        DoubleVector acc1 = D_ZERO;
        DoubleVector acc2 = D_ZERO;
        DoubleVector acc3 = D_ZERO;
        int i = 0;
        int h = EXP_STEP / 2;
        // vector body
        for (; i + EXP_STEP <= n; i += EXP_STEP) {
            FloatVector d = shifted(a, aOff + i, sh);
            d.intoArray(out, outOff + i);
            FloatVector e = VectorFloat32Math.exp(d);
            acc0 = acc0.add(widen(e, 0));
            acc1 = acc1.add(widen(e, 1));
            if (!EXP_WIDE) {
                FloatVector d1 = shifted(a, aOff + i + h, sh);
                d1.intoArray(out, outOff + i + h);
                FloatVector e1 = VectorFloat32Math.exp(d1);
                acc2 = acc2.add(widen(e1, 0));
                acc3 = acc3.add(widen(e1, 1));
            }
        }
        // masked tail (see sumExp)
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector d = shifted(a, aOff + i, sh, m);
            d.intoArray(out, outOff + i, m);
            FloatVector e = expIn(d, m);
            acc0 = acc0.add(widen(e, 0));
            acc1 = acc1.add(widen(e, 1));
            if (!EXP_WIDE) {
                VectorMask<Float> m1 = F.indexInRange(i + h, n);
                FloatVector d1 = shifted(a, aOff + i + h, sh, m1);
                d1.intoArray(out, outOff + i + h, m1);
                FloatVector e1 = expIn(d1, m1);
                acc2 = acc2.add(widen(e1, 0));
                acc3 = acc3.add(widen(e1, 1));
            }
        }
        // reduce
        return foldExpLanes(acc0, acc1, acc2, acc3);
    }

    @Override
    public double sumExp(double[] a, int off, int n, double shift) {
        if (!EXP_VECTOR) {
            return EXP_SCALAR.sumExp(a, off, n, shift);
        }
        DoubleVector sh = DoubleVector.broadcast(D, shift);
        DoubleVector acc0 = D_ZERO;
        DoubleVector acc1 = D_ZERO;
        DoubleVector acc2 = D_ZERO;
        DoubleVector acc3 = D_ZERO;
        int i = 0;
        int w = D.length();
        // vector body
        for (; i + EXP_STEP <= n; i += EXP_STEP) {
            acc0 = acc0.add(VectorFloat64Math.exp(shifted(a, off + i, sh)));
            acc1 = acc1.add(VectorFloat64Math.exp(shifted(a, off + i + w, sh)));
            if (!EXP_WIDE) {
                acc2 = acc2.add(VectorFloat64Math.exp(shifted(a, off + i + 2 * w, sh)));
                acc3 = acc3.add(VectorFloat64Math.exp(shifted(a, off + i + 3 * w, sh)));
            }
        }
        // masked tail
        if (i < n) {
            VectorMask<Double> m0 = D.indexInRange(i, n);
            VectorMask<Double> m1 = D.indexInRange(i + w, n);
            acc0 = acc0.add(expIn(shifted(a, off + i, sh, m0), m0));
            acc1 = acc1.add(expIn(shifted(a, off + i + w, sh, m1), m1));
            if (!EXP_WIDE) {
                VectorMask<Double> m2 = D.indexInRange(i + 2 * w, n);
                VectorMask<Double> m3 = D.indexInRange(i + 3 * w, n);
                acc2 = acc2.add(expIn(shifted(a, off + i + 2 * w, sh, m2), m2));
                acc3 = acc3.add(expIn(shifted(a, off + i + 3 * w, sh, m3), m3));
            }
        }
        // reduce
        return foldExpLanes(acc0, acc1, acc2, acc3);
    }

    @Override
    public double expInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        if (!EXP_VECTOR) {
            return EXP_SCALAR.expInto(a, aOff, shift, out, outOff, n);
        }
        DoubleVector sh = DoubleVector.broadcast(D, shift);
        DoubleVector acc0 = D_ZERO;
        DoubleVector acc1 = D_ZERO;
        DoubleVector acc2 = D_ZERO;
        DoubleVector acc3 = D_ZERO;
        int i = 0;
        int w = D.length();
        // vector body
        for (; i + EXP_STEP <= n; i += EXP_STEP) {
            DoubleVector e0 = VectorFloat64Math.exp(shifted(a, aOff + i, sh));
            DoubleVector e1 = VectorFloat64Math.exp(shifted(a, aOff + i + w, sh));
            e0.intoArray(out, outOff + i);
            e1.intoArray(out, outOff + i + w);
            acc0 = acc0.add(e0);
            acc1 = acc1.add(e1);
            if (!EXP_WIDE) {
                DoubleVector e2 = VectorFloat64Math.exp(shifted(a, aOff + i + 2 * w, sh));
                DoubleVector e3 = VectorFloat64Math.exp(shifted(a, aOff + i + 3 * w, sh));
                e2.intoArray(out, outOff + i + 2 * w);
                e3.intoArray(out, outOff + i + 3 * w);
                acc2 = acc2.add(e2);
                acc3 = acc3.add(e3);
            }
        }
        // masked tail
        if (i < n) {
            VectorMask<Double> m0 = D.indexInRange(i, n);
            VectorMask<Double> m1 = D.indexInRange(i + w, n);
            DoubleVector e0 = expIn(shifted(a, aOff + i, sh, m0), m0);
            DoubleVector e1 = expIn(shifted(a, aOff + i + w, sh, m1), m1);
            e0.intoArray(out, outOff + i, m0);
            e1.intoArray(out, outOff + i + w, m1);
            acc0 = acc0.add(e0);
            acc1 = acc1.add(e1);
            if (!EXP_WIDE) {
                VectorMask<Double> m2 = D.indexInRange(i + 2 * w, n);
                VectorMask<Double> m3 = D.indexInRange(i + 3 * w, n);
                DoubleVector e2 = expIn(shifted(a, aOff + i + 2 * w, sh, m2), m2);
                DoubleVector e3 = expIn(shifted(a, aOff + i + 3 * w, sh, m3), m3);
                e2.intoArray(out, outOff + i + 2 * w, m2);
                e3.intoArray(out, outOff + i + 3 * w, m3);
                acc2 = acc2.add(e2);
                acc3 = acc3.add(e3);
            }
        }
        // reduce
        return foldExpLanes(acc0, acc1, acc2, acc3);
    }

    @Override
    public double shiftInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        if (!EXP_VECTOR) {
            return EXP_SCALAR.shiftInto(a, aOff, shift, out, outOff, n);
        }
        DoubleVector sh = DoubleVector.broadcast(D, shift);
        DoubleVector acc0 = D_ZERO;
        DoubleVector acc1 = D_ZERO;
        DoubleVector acc2 = D_ZERO;
        DoubleVector acc3 = D_ZERO;
        int i = 0;
        int w = D.length();
        // vector body
        for (; i + EXP_STEP <= n; i += EXP_STEP) {
            DoubleVector d0 = shifted(a, aOff + i, sh);
            DoubleVector d1 = shifted(a, aOff + i + w, sh);
            d0.intoArray(out, outOff + i);
            d1.intoArray(out, outOff + i + w);
            acc0 = acc0.add(VectorFloat64Math.exp(d0));
            acc1 = acc1.add(VectorFloat64Math.exp(d1));
            if (!EXP_WIDE) {
                DoubleVector d2 = shifted(a, aOff + i + 2 * w, sh);
                DoubleVector d3 = shifted(a, aOff + i + 3 * w, sh);
                d2.intoArray(out, outOff + i + 2 * w);
                d3.intoArray(out, outOff + i + 3 * w);
                acc2 = acc2.add(VectorFloat64Math.exp(d2));
                acc3 = acc3.add(VectorFloat64Math.exp(d3));
            }
        }
        // masked tail
        if (i < n) {
            VectorMask<Double> m0 = D.indexInRange(i, n);
            VectorMask<Double> m1 = D.indexInRange(i + w, n);
            DoubleVector d0 = shifted(a, aOff + i, sh, m0);
            DoubleVector d1 = shifted(a, aOff + i + w, sh, m1);
            d0.intoArray(out, outOff + i, m0);
            d1.intoArray(out, outOff + i + w, m1);
            acc0 = acc0.add(expIn(d0, m0));
            acc1 = acc1.add(expIn(d1, m1));
            if (!EXP_WIDE) {
                VectorMask<Double> m2 = D.indexInRange(i + 2 * w, n);
                VectorMask<Double> m3 = D.indexInRange(i + 3 * w, n);
                DoubleVector d2 = shifted(a, aOff + i + 2 * w, sh, m2);
                DoubleVector d3 = shifted(a, aOff + i + 3 * w, sh, m3);
                d2.intoArray(out, outOff + i + 2 * w, m2);
                d3.intoArray(out, outOff + i + 3 * w, m3);
                acc2 = acc2.add(expIn(d2, m2));
                acc3 = acc3.add(expIn(d3, m3));
            }
        }
        // reduce
        return foldExpLanes(acc0, acc1, acc2, acc3);
    }

    @Override
    public void scale(float[] a, int off, int n, float factor) {
        int i = 0;
        int bound = F.loopBound(n);
        // vector body
        for (; i < bound; i += F.length()) {
            FloatVector.fromArray(F, a, off + i).mul(factor).intoArray(a, off + i);
        }
        // scalar tail
        for (; i < n; i++) {
            a[off + i] *= factor;
        }
    }

    @Override
    public void scale(double[] a, int off, int n, double factor) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, a, off + i).mul(factor).intoArray(a, off + i);
        }
        // scalar tail
        for (; i < n; i++) {
            a[off + i] *= factor;
        }
    }

    @Override
    public void subtract(float[] a, int off, int n, float shift) {
        int i = 0;
        int bound = F.loopBound(n);
        // vector body
        for (; i < bound; i += F.length()) {
            FloatVector.fromArray(F, a, off + i).sub(shift).intoArray(a, off + i);
        }
        // scalar tail
        for (; i < n; i++) {
            a[off + i] -= shift;
        }
    }

    @Override
    public void subtract(double[] a, int off, int n, double shift) {
        int i = 0;
        int bound = D.loopBound(n);
        // vector body
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, a, off + i).sub(shift).intoArray(a, off + i);
        }
        // scalar tail
        for (; i < n; i++) {
            a[off + i] -= shift;
        }
    }
}
