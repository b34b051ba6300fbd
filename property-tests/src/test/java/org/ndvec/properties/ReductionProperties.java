package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Laws of reductions and softmax that hold for any shape, axis order and data. */
class ReductionProperties {

    private static NDArray randomArray(List<Integer> dims, long seed, DType dtype) {
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        Random rnd = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextGaussian() * 100;
        }
        return Nd.array(v).reshape(shape).astype(dtype);
    }

    /**
     * Summing axis by axis, in any order, agrees with summing them all at once. Tolerance:
     * the orders differ only in rounding, 1e-12 relative to sum|x| for float64 (double
     * accumulation of at most a few hundred values); float32 results round once more per
     * intermediate array, so 1e-6 relative to sum|x|.
     */
    @Property(tries = 1000)
    void sumOverAxesInAnyOrderAgrees(@ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 6) Integer> dims,
                                     @ForAll long seed, @ForAll boolean f32) {
        DType dtype = f32 ? DType.FLOAT32 : DType.FLOAT64;
        NDArray a = randomArray(dims, seed, dtype);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < dims.size(); k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(seed));
        NDArray step = a;
        // keepdims keeps every axis number valid whatever the order
        for (int ax : order) {
            step = step.sum(new int[] {ax}, true);
        }
        double all = a.sum().itemDouble();
        double scale = 0;
        for (double v : a.toDoubleArray()) {
            scale += Math.abs(v);
        }
        assertEquals(all, step.toDoubleArray()[0], (f32 ? 1e-6 : 1e-12) * (1 + scale));
        assertEquals(dtype, step.dtype());
    }

    /** keepdims results have the input's rank and broadcast back against the input. */
    @Property(tries = 1000)
    void keepdimsShapesBroadcastBack(@ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 5) Integer> dims,
                                     @ForAll long seed) {
        NDArray a = randomArray(dims, seed, DType.FLOAT64);
        Random rnd = new Random(seed);
        List<Integer> axes = new ArrayList<>();
        for (int k = 0; k < dims.size(); k++) {
            if (rnd.nextBoolean()) {
                axes.add(rnd.nextBoolean() ? k : k - dims.size());
            }
        }
        int[] ax = axes.stream().mapToInt(Integer::intValue).toArray();
        for (NDArray r : new NDArray[] {a.sum(ax, true), a.max(ax, true), a.mean(ax, true), a.std(ax, true, 0),
                                        a.countNonzero(ax, true)}) {
            assertEquals(a.ndim(), r.ndim());
            NDArray back = r.broadcastTo(a.shape());
            assertArrayEquals(a.shape(), back.shape());
        }
        // max with keepdims broadcast back never lies below any element
        double[] x = a.toDoubleArray();
        double[] m = a.max(ax, true).broadcastTo(a.shape()).toDoubleArray();
        for (int i = 0; i < x.length; i++) {
            assertTrue(m[i] >= x[i]);
        }
    }

    /** float32 softmax rows are probability vectors: non-negative, summing to 1 within 1e-6. */
    @Property(tries = 1000)
    void softmaxRowsSumToOne(@ForAll @IntRange(min = 1, max = 8) int rows, @ForAll @IntRange(min = 1, max = 300) int cols,
                             @ForAll long seed, @ForAll @DoubleRange(min = 0.1, max = 1e4) double spread) {
        NDArray z = randomArray(List.of(rows, cols), seed, DType.FLOAT32);
        NDArray scaled = Nd.array(DType.FLOAT32, scale(z.toFloatArray2D(), (float) (spread / 100)));
        NDArray p = Nd.softmax(scaled, 1);
        assertEquals(DType.FLOAT32, p.dtype());
        for (double[] row : p.astype(DType.FLOAT64).toDoubleArray2D()) {
            double s = 0;
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1);
                s += v;
            }
            assertEquals(1.0, s, 1e-6);
        }
    }

    /** Adding a constant to a row leaves its softmax unchanged (float64, within 1e-12 per unit of shift). */
    @Property(tries = 1000)
    void softmaxIsShiftInvariantPerRow(@ForAll @IntRange(min = 1, max = 6) int rows, @ForAll @IntRange(min = 1, max = 50) int cols,
                                       @ForAll long seed, @ForAll @DoubleRange(min = -1e3, max = 1e3) double shift) {
        double[][] z = randomArray(List.of(rows, cols), seed, DType.FLOAT64).toDoubleArray2D();
        double[][] shifted = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            double c = shift * (r + 1) / rows;
            for (int k = 0; k < cols; k++) {
                shifted[r][k] = z[r][k] + c;
            }
        }
        double[] p = Nd.softmax(Nd.array(z), 1).toDoubleArray();
        double[] q = Nd.softmax(Nd.array(shifted), 1).toDoubleArray();
        for (int i = 0; i < p.length; i++) {
            // the shift itself rounds each logit by up to ulp(|z| + |c|), which moves p relatively by as much
            assertEquals(p[i], q[i], 1e-12 + p[i] * 1e-12 * (Math.abs(shift) + 400));
        }
    }

    /**
     * float32: logits on a 2^-10 grid in [-8, 8] and integer per-row constants up to 384 add
     * exactly, and then {@code (z + c) - max(z + c)} is exactly {@code z - max(z)}: the two
     * softmaxes must be the same floats, bit for bit.
     */
    @Property(tries = 1000)
    void float32SoftmaxIsShiftInvariantPerRow(@ForAll @IntRange(min = 1, max = 6) int rows,
                                              @ForAll @IntRange(min = 1, max = 300) int cols, @ForAll long seed,
                                              @ForAll @IntRange(min = -64, max = 64) int shift) {
        java.util.Random rnd = new java.util.Random(seed);
        float[][] z = new float[rows][cols];
        float[][] shifted = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                z[r][k] = (rnd.nextInt(16385) - 8192) / 1024f;
                shifted[r][k] = z[r][k] + shift * (r + 1);
            }
        }
        float[] p = Nd.softmax(Nd.array(DType.FLOAT32, z), 1).toFloatArray();
        float[] q = Nd.softmax(Nd.array(DType.FLOAT32, shifted), 1).toFloatArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(p, q);
    }

    private static float[][] scale(float[][] z, float f) {
        for (float[] row : z) {
            for (int k = 0; k < row.length; k++) {
                row[k] *= f;
            }
        }
        return z;
    }
}
