package org.ndvec.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.ndvec.kernels.CompensatedSum;
import org.ndvec.kernels.ReductionKernels;
import org.ndvec.kernels.SumOrder;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * Vector API reduction kernels (contract in {@link ReductionKernels}).
 *
 * <p>The sums follow {@link SumOrder}: 32 double lanes for float32, 16 compensated lanes for
 * float64, combined by a fixed halving tree. Row sums hold the lanes in 256-bit vectors of 4
 * doubles on every CPU (8 vectors for float32, 4 sums and 4 compensations for float64), whatever
 * the preferred species: the lanes are a property of the order, not of the machine, so AVX2 and
 * AVX-512 run the same operations. The last elements (fewer than a row of lanes) and the tree
 * run in SumOrder's scalar arithmetic on the stored lanes. The outer-axis kernels and the lane
 * folds are elementwise across columns and use the preferred species. max/min need no order and
 * use the preferred species too.
 *
 * <p>The kernels whose float32 and float64 code is one algorithm (max/min, argmax/argmin,
 * accumulateMax/Min, the softmax exp passes, scale, subtract) are generated from
 * {@code src/main/codegen/VectorReductions.java.template} into {@code VectorFloat32Reductions}
 * and {@code VectorFloat64Reductions}; this class dispatches to them and keeps the sums, whose
 * lanes differ by type (plain for float32, compensated for float64).
 */
public final class VectorReductionKernels implements ReductionKernels {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** Float lanes that widen into exactly one double vector. */
    private static final VectorSpecies<Float> FH =
            VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2));

    /** The row sums' lane vectors: 4 doubles, and the 4 floats that widen into them. */
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Float> F4 = FloatVector.SPECIES_128;

    /**
     * Whether 256-bit vectors are native here. Where they are not (a 128-bit machine), the Vector
     * API would emulate them in plain Java, far slower than the scalar kernels, which compute the
     * same order: the row sums then delegate to those.
     */
    private static final boolean NATIVE_256 = D.vectorBitSize() >= 256;
    private static final ReductionKernels REFERENCE = new ScalarReductionKernels();

    private static final int L32 = SumOrder.F32_LANES;
    private static final int L64 = SumOrder.F64_LANES;

    /**
     * Rows of one lane per pass: a float32 lane row is loaded and stored once per 4 input rows,
     * a float64 one (sums and compensations) once per 8. Kernel time per element on a 1024-column
     * block of all 4096 rows of a 4096 x 4096 matrix, one thread, best of 3000 passes (Zen 5,
     * shared machine): float32 0.10 ns with 4 rows per pass, 0.13-0.15 with 8; float64 0.34-0.37
     * ns with 4, 0.26-0.32 with 8, 0.41-0.54 with 16. One row per pass ran
     * mean_axis0_f32_4096x4096 about 2x slower.
     */
    private static final int F32_GROUP = 4;
    private static final int F64_GROUP = 8;

    /** Whether a 4-column remainder of a wider preferred vector takes one 256-bit step. */
    private static final boolean HALF_STEP = NATIVE_256 && D.length() > 4;

    @Override
    public String name() {
        return "vector";
    }

    static DoubleVector widen(float[] a, int i) {
        return (DoubleVector) FloatVector.fromArray(FH, a, i).convertShape(VectorOperators.F2D, D, 0);
    }

    /** Four floats from {@code a[off + i ..]} widened to doubles. */
    private static DoubleVector widen4(float[] a, int off, int i) {
        return (DoubleVector) FloatVector.fromArray(F4, a, off + i).convertShape(VectorOperators.F2D, D4, 0);
    }

    /**
     * Each thread's lane state between a row kernel's vector body and its tail: 32 doubles (32
     * plain lanes, or 16 sums and 16 compensations). The tail adds its last elements into their
     * lanes here, and the tree folds them, with the scalar reference arithmetic (SumOrder), so
     * both are the scalar kernel's by construction. Masked tail vectors and vector trees made the
     * compiled kernels too large for C2 to inline their helpers, and the vectors passed to those
     * were boxed (5 KiB allocated per 1000-double row; a vector tree in a helper of its own was
     * boxed in one JIT run out of three, 192 bytes per call and 4x slower), for a tree that costs
     * about 10 ns either way.
     */
    private static final ThreadLocal<double[]> LANES = ThreadLocal.withInitial(() -> new double[2 * L64]);

    // Every TwoSum step is written out, z = t - s, err = (s - (t - z)) + (x - z) as
    // CompensatedSum.error computes it. A helper method returning the error vector was inlined at
    // first, but once C2 had compiled it on its own it refused to inline it into later
    // compilations ("already compiled into a big method"), and every vector passed to it was boxed:
    // std_axis0_f64_1000x20 allocated 4 MB per call and ran 1000x slower.

    // ---------------------------------------------------------------- row reductions

    @Override
    public double sum(float[] a, int off, int n) {
        if (!NATIVE_256) {
            return REFERENCE.sum(a, off, n);
        }
        // lane l of SumOrder is lane (l mod 4) of vector s(l / 4): element i goes to s((i mod 32) / 4)
        DoubleVector s0 = DoubleVector.zero(D4);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector s4 = s0;
        DoubleVector s5 = s0;
        DoubleVector s6 = s0;
        DoubleVector s7 = s0;
        int i = 0;
        // vector body: every float widened before its first addition (float blocks first were
        // 18 float ulp off on 16M mixed-sign values, worse than NumPy's pairwise sum)
        for (; i + L32 <= n; i += L32) {
            s0 = s0.add(widen4(a, off, i));
            s1 = s1.add(widen4(a, off, i + 4));
            s2 = s2.add(widen4(a, off, i + 8));
            s3 = s3.add(widen4(a, off, i + 12));
            s4 = s4.add(widen4(a, off, i + 16));
            s5 = s5.add(widen4(a, off, i + 20));
            s6 = s6.add(widen4(a, off, i + 24));
            s7 = s7.add(widen4(a, off, i + 28));
        }
        double[] v = LANES.get();
        s0.intoArray(v, 0);
        s1.intoArray(v, 4);
        s2.intoArray(v, 8);
        s3.intoArray(v, 12);
        s4.intoArray(v, 16);
        s5.intoArray(v, 20);
        s6.intoArray(v, 24);
        s7.intoArray(v, 28);
        // scalar tail: element i + l into lane l
        for (int l = 0; i + l < n; l++) {
            v[l] += a[off + i + l];
        }
        // reduce
        return SumOrder.foldPlain(v, 0, 1, L32, L32);
    }

    @Override
    public double sum(double[] a, int off, int n) {
        return sumParts(a, off, n, null, 0);
    }

    @Override
    public double sumParts(double[] a, int off, int n, double[] low, int lowAt) {
        if (!NATIVE_256) {
            return REFERENCE.sumParts(a, off, n, low, lowAt);
        }
        // four (sum, compensation) vector pairs = SumOrder's 16 lanes; each step Knuth's TwoSum
        DoubleVector s0 = DoubleVector.zero(D4);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector c0 = s0;
        DoubleVector c1 = s0;
        DoubleVector c2 = s0;
        DoubleVector c3 = s0;
        int i = 0;
        // vector body
        for (; i + L64 <= n; i += L64) {
            DoubleVector x0 = DoubleVector.fromArray(D4, a, off + i);
            DoubleVector t0 = s0.add(x0);
            DoubleVector z1 = t0.sub(s0);
            c0 = c0.add(s0.sub(t0.sub(z1)).add(x0.sub(z1)));
            s0 = t0;
            DoubleVector x1 = DoubleVector.fromArray(D4, a, off + i + 4);
            DoubleVector t1 = s1.add(x1);
            DoubleVector z2 = t1.sub(s1);
            c1 = c1.add(s1.sub(t1.sub(z2)).add(x1.sub(z2)));
            s1 = t1;
            DoubleVector x2 = DoubleVector.fromArray(D4, a, off + i + 8);
            DoubleVector t2 = s2.add(x2);
            DoubleVector z3 = t2.sub(s2);
            c2 = c2.add(s2.sub(t2.sub(z3)).add(x2.sub(z3)));
            s2 = t2;
            DoubleVector x3 = DoubleVector.fromArray(D4, a, off + i + 12);
            DoubleVector t3 = s3.add(x3);
            DoubleVector z4 = t3.sub(s3);
            c3 = c3.add(s3.sub(t3.sub(z4)).add(x3.sub(z4)));
            s3 = t3;
        }
        double[] v = LANES.get();
        s0.intoArray(v, 0);
        s1.intoArray(v, 4);
        s2.intoArray(v, 8);
        s3.intoArray(v, 12);
        c0.intoArray(v, 16);
        c1.intoArray(v, 20);
        c2.intoArray(v, 24);
        c3.intoArray(v, 28);
        // scalar tail: element i + l into lane l
        for (int l = 0; i + l < n; l++) {
            SumOrder.addCompensated(v, l, L64 + l, a[off + i + l]);
        }
        // reduce
        return SumOrder.foldCompensated(v, 0, 1, L64, low, lowAt);
    }

    @Override
    public double sumSquaredDeviations(float[] a, int off, int n, double mean) {
        if (!NATIVE_256) {
            return REFERENCE.sumSquaredDeviations(a, off, n, mean);
        }
        DoubleVector m = DoubleVector.broadcast(D4, mean);
        DoubleVector s0 = DoubleVector.zero(D4);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector s4 = s0;
        DoubleVector s5 = s0;
        DoubleVector s6 = s0;
        DoubleVector s7 = s0;
        int i = 0;
        // vector body: d = x - mean, then d * d (a multiply, not an fma: the scalar kernel's arithmetic)
        for (; i + L32 <= n; i += L32) {
            DoubleVector d0 = widen4(a, off, i).sub(m);
            s0 = s0.add(d0.mul(d0));
            DoubleVector d1 = widen4(a, off, i + 4).sub(m);
            s1 = s1.add(d1.mul(d1));
            DoubleVector d2 = widen4(a, off, i + 8).sub(m);
            s2 = s2.add(d2.mul(d2));
            DoubleVector d3 = widen4(a, off, i + 12).sub(m);
            s3 = s3.add(d3.mul(d3));
            DoubleVector d4 = widen4(a, off, i + 16).sub(m);
            s4 = s4.add(d4.mul(d4));
            DoubleVector d5 = widen4(a, off, i + 20).sub(m);
            s5 = s5.add(d5.mul(d5));
            DoubleVector d6 = widen4(a, off, i + 24).sub(m);
            s6 = s6.add(d6.mul(d6));
            DoubleVector d7 = widen4(a, off, i + 28).sub(m);
            s7 = s7.add(d7.mul(d7));
        }
        double[] v = LANES.get();
        s0.intoArray(v, 0);
        s1.intoArray(v, 4);
        s2.intoArray(v, 8);
        s3.intoArray(v, 12);
        s4.intoArray(v, 16);
        s5.intoArray(v, 20);
        s6.intoArray(v, 24);
        s7.intoArray(v, 28);
        // scalar tail
        for (int l = 0; i + l < n; l++) {
            double d = a[off + i + l] - mean;
            v[l] += d * d;
        }
        // reduce
        return SumOrder.foldPlain(v, 0, 1, L32, L32);
    }

    @Override
    public double sumSquaredDeviations(double[] a, int off, int n, double mean) {
        if (!NATIVE_256) {
            return REFERENCE.sumSquaredDeviations(a, off, n, mean);
        }
        DoubleVector m = DoubleVector.broadcast(D4, mean);
        DoubleVector s0 = DoubleVector.zero(D4);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        DoubleVector c0 = s0;
        DoubleVector c1 = s0;
        DoubleVector c2 = s0;
        DoubleVector c3 = s0;
        int i = 0;
        // vector body: x = d * d, then TwoSum as in sumParts
        for (; i + L64 <= n; i += L64) {
            DoubleVector d0 = DoubleVector.fromArray(D4, a, off + i).sub(m);
            DoubleVector x0 = d0.mul(d0);
            DoubleVector t0 = s0.add(x0);
            DoubleVector z5 = t0.sub(s0);
            c0 = c0.add(s0.sub(t0.sub(z5)).add(x0.sub(z5)));
            s0 = t0;
            DoubleVector d1 = DoubleVector.fromArray(D4, a, off + i + 4).sub(m);
            DoubleVector x1 = d1.mul(d1);
            DoubleVector t1 = s1.add(x1);
            DoubleVector z6 = t1.sub(s1);
            c1 = c1.add(s1.sub(t1.sub(z6)).add(x1.sub(z6)));
            s1 = t1;
            DoubleVector d2 = DoubleVector.fromArray(D4, a, off + i + 8).sub(m);
            DoubleVector x2 = d2.mul(d2);
            DoubleVector t2 = s2.add(x2);
            DoubleVector z7 = t2.sub(s2);
            c2 = c2.add(s2.sub(t2.sub(z7)).add(x2.sub(z7)));
            s2 = t2;
            DoubleVector d3 = DoubleVector.fromArray(D4, a, off + i + 12).sub(m);
            DoubleVector x3 = d3.mul(d3);
            DoubleVector t3 = s3.add(x3);
            DoubleVector z8 = t3.sub(s3);
            c3 = c3.add(s3.sub(t3.sub(z8)).add(x3.sub(z8)));
            s3 = t3;
        }
        double[] v = LANES.get();
        s0.intoArray(v, 0);
        s1.intoArray(v, 4);
        s2.intoArray(v, 8);
        s3.intoArray(v, 12);
        c0.intoArray(v, 16);
        c1.intoArray(v, 20);
        c2.intoArray(v, 24);
        c3.intoArray(v, 28);
        // scalar tail
        for (int l = 0; i + l < n; l++) {
            double d = a[off + i + l] - mean;
            SumOrder.addCompensated(v, l, L64 + l, d * d);
        }
        // reduce
        return SumOrder.foldCompensated(v, 0, 1, L64, null, 0);
    }

    // ---------------------------------------------------------------- max, min, argmax, argmin

    // Twins per type, generated from VectorReductions.java.template.

    @Override
    public float max(float[] a, int off, int n) {
        return VectorFloat32Reductions.max(a, off, n);
    }

    @Override
    public float min(float[] a, int off, int n) {
        return VectorFloat32Reductions.min(a, off, n);
    }

    @Override
    public double max(double[] a, int off, int n) {
        return VectorFloat64Reductions.max(a, off, n);
    }

    @Override
    public double min(double[] a, int off, int n) {
        return VectorFloat64Reductions.min(a, off, n);
    }

    @Override
    public int argmax(float[] a, int off, int n) {
        return VectorFloat32Reductions.argmax(a, off, n);
    }

    @Override
    public int argmin(float[] a, int off, int n) {
        return VectorFloat32Reductions.argmin(a, off, n);
    }

    @Override
    public int argmax(double[] a, int off, int n) {
        return VectorFloat64Reductions.argmax(a, off, n);
    }

    @Override
    public int argmin(double[] a, int off, int n) {
        return VectorFloat64Reductions.argmin(a, off, n);
    }

    // ---------------------------------------------------------------- row accumulation

    // One lane row at a time: its input rows (every L-th row of the reduction) are added one
    // after the other, F32_GROUP or F64_GROUP of them per pass over the columns, so the lane row
    // (at most a few KiB) stays in L1 and is loaded and stored once per pass; the additions inside
    // a column stay in row order.

    @Override
    public void accumulateLane(float[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int width) {
        int r = 0;
        for (; r + F32_GROUP <= rows; r += F32_GROUP) {
            laneRowSum(a, aOff + r * rowStride, rowStride, F32_GROUP, lanes, laneOff, width);
        }
        for (; r < rows; r++) {
            laneRowSum(a, aOff + r * rowStride, rowStride, 1, lanes, laneOff, width);
        }
    }

    @Override
    public void accumulateLane(double[] a, int aOff, int rowStride, int rows, double[] lanes, int laneOff, int compOff,
                               int width) {
        int r = 0;
        for (; r + F64_GROUP <= rows; r += F64_GROUP) {
            laneRowSum(a, aOff + r * rowStride, rowStride, F64_GROUP, lanes, laneOff, compOff, width);
        }
        for (; r < rows; r++) {
            laneRowSum(a, aOff + r * rowStride, rowStride, 1, lanes, laneOff, compOff, width);
        }
    }

    @Override
    public void accumulateLaneSquaredDeviations(float[] a, int aOff, int rowStride, int rows, double[] mean,
                                                int meanOff, double[] lanes, int laneOff, int width) {
        int r = 0;
        for (; r + F32_GROUP <= rows; r += F32_GROUP) {
            laneRowSquares(a, aOff + r * rowStride, rowStride, F32_GROUP, mean, meanOff, lanes, laneOff, width);
        }
        for (; r < rows; r++) {
            laneRowSquares(a, aOff + r * rowStride, rowStride, 1, mean, meanOff, lanes, laneOff, width);
        }
    }

    @Override
    public void accumulateLaneSquaredDeviations(double[] a, int aOff, int rowStride, int rows, double[] mean,
                                                int meanOff, double[] lanes, int laneOff, int compOff, int width) {
        int r = 0;
        for (; r + F64_GROUP <= rows; r += F64_GROUP) {
            laneRowSquares(a, aOff + r * rowStride, rowStride, F64_GROUP, mean, meanOff, lanes, laneOff, compOff,
                    width);
        }
        for (; r < rows; r++) {
            laneRowSquares(a, aOff + r * rowStride, rowStride, 1, mean, meanOff, lanes, laneOff, compOff, width);
        }
    }

    /** Adds rows {@code p, p + step, ..} ({@code g} of them, in order) to the lane row at {@code q}. */
    private static void laneRowSum(float[] a, int p, int step, int g, double[] lanes, int q, int width) {
        int w = D.length();
        int vEnd = D.loopBound(width);
        int j = 0;
        // vector body
        for (; j < vEnd; j += w) {
            DoubleVector s = DoubleVector.fromArray(D, lanes, q + j);
            for (int m = 0; m < g; m++) {
                s = s.add(widen(a, p + m * step + j));
            }
            s.intoArray(lanes, q + j);
        }
        laneTailSum(a, p, step, g, lanes, q, j, width);
    }

    /** The columns past the last whole preferred vector: one 256-bit step for four of them, then scalar. */
    private static void laneTailSum(float[] a, int p, int step, int g, double[] lanes, int q, int j, int width) {
        // vector tail: four columns in one 256-bit vector (masked vectors measured 2x slower
        // on 20 columns, std_axis0_f64_1000x20)
        if (HALF_STEP && j + 4 <= width) {
            DoubleVector s = DoubleVector.fromArray(D4, lanes, q + j);
            for (int m = 0; m < g; m++) {
                s = s.add(widen4(a, p + m * step, j));
            }
            s.intoArray(lanes, q + j);
            j += 4;
        }
        // scalar tail
        for (; j < width; j++) {
            double s = lanes[q + j];
            for (int m = 0; m < g; m++) {
                s += a[p + m * step + j];
            }
            lanes[q + j] = s;
        }
    }

    /**
     * Adds rows {@code p, p + step, ..} ({@code g} of them, in order) to the compensated lane row
     * whose sums are at {@code q} and compensations at {@code cq}, by TwoSum written
     * out as CompensatedSum.error computes it.
     */
    private static void laneRowSum(double[] a, int p, int step, int g, double[] lanes, int q, int cq, int width) {
        int w = D.length();
        int vEnd = D.loopBound(width);
        int j = 0;
        // vector body
        for (; j < vEnd; j += w) {
            DoubleVector s = DoubleVector.fromArray(D, lanes, q + j);
            DoubleVector c = DoubleVector.fromArray(D, lanes, cq + j);
            for (int m = 0; m < g; m++) {
                DoubleVector x = DoubleVector.fromArray(D, a, p + m * step + j);
                DoubleVector t = s.add(x);
                DoubleVector z9 = t.sub(s);
                c = c.add(s.sub(t.sub(z9)).add(x.sub(z9)));
                s = t;
            }
            s.intoArray(lanes, q + j);
            c.intoArray(lanes, cq + j);
        }
        laneTailSum(a, p, step, g, lanes, q, cq, j, width);
    }

    /** The columns past the last whole preferred vector: one 256-bit step for four of them, then scalar. */
    private static void laneTailSum(double[] a, int p, int step, int g, double[] lanes, int q, int cq, int j,
                                    int width) {
        // vector tail: four columns in one 256-bit vector
        if (HALF_STEP && j + 4 <= width) {
            DoubleVector s = DoubleVector.fromArray(D4, lanes, q + j);
            DoubleVector c = DoubleVector.fromArray(D4, lanes, cq + j);
            for (int m = 0; m < g; m++) {
                DoubleVector x = DoubleVector.fromArray(D4, a, p + m * step + j);
                DoubleVector t = s.add(x);
                DoubleVector z10 = t.sub(s);
                c = c.add(s.sub(t.sub(z10)).add(x.sub(z10)));
                s = t;
            }
            s.intoArray(lanes, q + j);
            c.intoArray(lanes, cq + j);
            j += 4;
        }
        // scalar tail
        for (; j < width; j++) {
            for (int m = 0; m < g; m++) {
                SumOrder.addCompensated(lanes, q + j, cq + j, a[p + m * step + j]);
            }
        }
    }

    /** As {@link #laneRowSum(float[], int, int, int, double[], int, int)} of {@code (x - mean)^2}. */
    private static void laneRowSquares(float[] a, int p, int step, int g, double[] mean, int meanOff, double[] lanes,
                                       int q, int width) {
        int w = D.length();
        int vEnd = D.loopBound(width);
        int j = 0;
        // vector body
        for (; j < vEnd; j += w) {
            DoubleVector mu = DoubleVector.fromArray(D, mean, meanOff + j);
            DoubleVector s = DoubleVector.fromArray(D, lanes, q + j);
            for (int m = 0; m < g; m++) {
                DoubleVector d = widen(a, p + m * step + j).sub(mu);
                s = s.add(d.mul(d));
            }
            s.intoArray(lanes, q + j);
        }
        laneTailSquares(a, p, step, g, mean, meanOff, lanes, q, j, width);
    }

    /** The columns past the last whole preferred vector: one 256-bit step for four of them, then scalar. */
    private static void laneTailSquares(float[] a, int p, int step, int g, double[] mean, int meanOff,
                                        double[] lanes, int q, int j, int width) {
        // vector tail: four columns in one 256-bit vector
        if (HALF_STEP && j + 4 <= width) {
            DoubleVector mu = DoubleVector.fromArray(D4, mean, meanOff + j);
            DoubleVector s = DoubleVector.fromArray(D4, lanes, q + j);
            for (int m = 0; m < g; m++) {
                DoubleVector d = widen4(a, p + m * step, j).sub(mu);
                s = s.add(d.mul(d));
            }
            s.intoArray(lanes, q + j);
            j += 4;
        }
        // scalar tail
        for (; j < width; j++) {
            double s = lanes[q + j];
            for (int m = 0; m < g; m++) {
                double d = a[p + m * step + j] - mean[meanOff + j];
                s += d * d;
            }
            lanes[q + j] = s;
        }
    }

    /** As {@link #laneRowSum(double[], int, int, int, double[], int, int, int)} of {@code (x - mean)^2}. */
    private static void laneRowSquares(double[] a, int p, int step, int g, double[] mean, int meanOff, double[] lanes,
                                       int q, int cq, int width) {
        int w = D.length();
        int vEnd = D.loopBound(width);
        int j = 0;
        // vector body
        for (; j < vEnd; j += w) {
            DoubleVector mu = DoubleVector.fromArray(D, mean, meanOff + j);
            DoubleVector s = DoubleVector.fromArray(D, lanes, q + j);
            DoubleVector c = DoubleVector.fromArray(D, lanes, cq + j);
            for (int m = 0; m < g; m++) {
                DoubleVector d = DoubleVector.fromArray(D, a, p + m * step + j).sub(mu);
                DoubleVector x = d.mul(d);
                DoubleVector t = s.add(x);
                DoubleVector z11 = t.sub(s);
                c = c.add(s.sub(t.sub(z11)).add(x.sub(z11)));
                s = t;
            }
            s.intoArray(lanes, q + j);
            c.intoArray(lanes, cq + j);
        }
        laneTailSquares(a, p, step, g, mean, meanOff, lanes, q, cq, j, width);
    }

    /** The columns past the last whole preferred vector: one 256-bit step for four of them, then scalar. */
    private static void laneTailSquares(double[] a, int p, int step, int g, double[] mean, int meanOff,
                                        double[] lanes, int q, int cq, int j, int width) {
        // vector tail: four columns in one 256-bit vector
        if (HALF_STEP && j + 4 <= width) {
            DoubleVector mu = DoubleVector.fromArray(D4, mean, meanOff + j);
            DoubleVector s = DoubleVector.fromArray(D4, lanes, q + j);
            DoubleVector c = DoubleVector.fromArray(D4, lanes, cq + j);
            for (int m = 0; m < g; m++) {
                DoubleVector d = DoubleVector.fromArray(D4, a, p + m * step + j).sub(mu);
                DoubleVector x = d.mul(d);
                DoubleVector t = s.add(x);
                DoubleVector z12 = t.sub(s);
                c = c.add(s.sub(t.sub(z12)).add(x.sub(z12)));
                s = t;
            }
            s.intoArray(lanes, q + j);
            c.intoArray(lanes, cq + j);
            j += 4;
        }
        // scalar tail
        for (; j < width; j++) {
            for (int m = 0; m < g; m++) {
                double d = a[p + m * step + j] - mean[meanOff + j];
                SumOrder.addCompensated(lanes, q + j, cq + j, d * d);
            }
        }
    }

    @Override
    public void foldLanes(double[] lanes, int width, double[] out, int outOff) {
        int w = D.length();
        int vEnd = D.loopBound(width);
        for (int h = L32 / 2; h >= 1; h /= 2) {
            for (int l = 0; l < h; l++) {
                int q = l * width;
                int qh = (l + h) * width;
                int j = 0;
                // vector body
                for (; j < vEnd; j += w) {
                    DoubleVector.fromArray(D, lanes, q + j).add(DoubleVector.fromArray(D, lanes, qh + j))
                            .intoArray(lanes, q + j);
                }
                // scalar tail
                for (; j < width; j++) {
                    lanes[q + j] += lanes[qh + j];
                }
            }
        }
        System.arraycopy(lanes, 0, out, outOff, width);
    }

    @Override
    public void foldCompensatedLanes(double[] lanes, int width, double[] out, int outOff, double[] low, int lowOff) {
        int w = D.length();
        int vEnd = D.loopBound(width);
        int cRows = L64 * width;
        for (int h = L64 / 2; h >= 1; h /= 2) {
            for (int l = 0; l < h; l++) {
                int q = l * width;
                int qh = (l + h) * width;
                int j = 0;
                // vector body: c_l = (c_l + c_lh) + err(s_l, s_lh, t), s_l = t
                for (; j < vEnd; j += w) {
                    DoubleVector s = DoubleVector.fromArray(D, lanes, q + j);
                    DoubleVector x = DoubleVector.fromArray(D, lanes, qh + j);
                    DoubleVector t = s.add(x);
                    DoubleVector z = t.sub(s);
                    DoubleVector c = DoubleVector.fromArray(D, lanes, q + j + cRows);
                    c.add(DoubleVector.fromArray(D, lanes, qh + j + cRows)).add(s.sub(t.sub(z)).add(x.sub(z)))
                            .intoArray(lanes, q + j + cRows);
                    t.intoArray(lanes, q + j);
                }
                // scalar tail
                for (; j < width; j++) {
                    double s = lanes[q + j];
                    double x = lanes[qh + j];
                    double t = s + x;
                    double c = lanes[q + j + cRows] + lanes[qh + j + cRows];
                    lanes[q + j + cRows] = c + CompensatedSum.error(s, x, t);
                    lanes[q + j] = t;
                }
            }
        }
        for (int j = 0; j < width; j++) {
            out[outOff + j] = CompensatedSum.finish(lanes[j], lanes[j + cRows], low, lowOff + j);
        }
    }

    @Override
    public void accumulateMax(float[] a, int aOff, double[] acc, int accOff, int n) {
        VectorFloat32Reductions.accumulateMax(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMax(double[] a, int aOff, double[] acc, int accOff, int n) {
        VectorFloat64Reductions.accumulateMax(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMin(float[] a, int aOff, double[] acc, int accOff, int n) {
        VectorFloat32Reductions.accumulateMin(a, aOff, acc, accOff, n);
    }

    @Override
    public void accumulateMin(double[] a, int aOff, double[] acc, int accOff, int n) {
        VectorFloat64Reductions.accumulateMin(a, aOff, acc, accOff, n);
    }

    // ---------------------------------------------------------------- softmax passes

    // The passes themselves are generated (VectorReductions.java.template); they share the lane
    // order below. Each exp is our own kernel (VectorFloat32Math / VectorFloat64Math: the scalar
    // twin's bits), and the sum follows the canonical order of ScalarReductionKernels.EXP_LANES = 16
    // virtual double lanes (element i into lane i % 16, then a halving tree), so every row sums to
    // the same bits as the scalar kernels', on AVX-512 (lanes 0-7 and 8-15 in acc0, acc1) and on
    // AVX2 (four 4-lane accumulators acc0..acc3) alike. Other shapes run the scalar twin itself.

    static final int EXP_STEP = ScalarReductionKernels.EXP_LANES;
    /** 512-bit: one float vector (two double vectors) per 16 elements; else 256-bit: two (four). */
    static final boolean EXP_WIDE = F.length() == EXP_STEP;
    static final boolean EXP_VECTOR = EXP_WIDE || F.length() == EXP_STEP / 2;
    static final ScalarReductionKernels EXP_SCALAR = new ScalarReductionKernels();

    /** Lanes {@code 8 part .. 8 part + 7} (AVX-512) or {@code 4 part ..} (AVX2) of e, widened. */
    static DoubleVector widen(FloatVector e, int part) {
        return (DoubleVector) e.convertShape(VectorOperators.F2D, D, part);
    }

    /**
     * The halving tree of {@link ScalarReductionKernels#foldLanes} over the 16 virtual lanes held
     * in acc0, acc1 (8 lanes each) or acc0..acc3 (4 each).
     */
    static double foldExpLanes(DoubleVector acc0, DoubleVector acc1, DoubleVector acc2, DoubleVector acc3) {
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

    @Override
    public double sumExp(float[] a, int off, int n, float shift) {
        return VectorFloat32Reductions.sumExp(a, off, n, shift);
    }

    @Override
    public double expInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        return VectorFloat32Reductions.expInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double shiftInto(float[] a, int aOff, float shift, float[] out, int outOff, int n) {
        return VectorFloat32Reductions.shiftInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double sumExp(double[] a, int off, int n, double shift) {
        return VectorFloat64Reductions.sumExp(a, off, n, shift);
    }

    @Override
    public double expInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        return VectorFloat64Reductions.expInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public double shiftInto(double[] a, int aOff, double shift, double[] out, int outOff, int n) {
        return VectorFloat64Reductions.shiftInto(a, aOff, shift, out, outOff, n);
    }

    @Override
    public void scale(float[] a, int off, int n, float factor) {
        VectorFloat32Reductions.scale(a, off, n, factor);
    }

    @Override
    public void scale(double[] a, int off, int n, double factor) {
        VectorFloat64Reductions.scale(a, off, n, factor);
    }

    @Override
    public void subtract(float[] a, int off, int n, float shift) {
        VectorFloat32Reductions.subtract(a, off, n, shift);
    }

    @Override
    public void subtract(double[] a, int off, int n, double shift) {
        VectorFloat64Reductions.subtract(a, off, n, shift);
    }
}
