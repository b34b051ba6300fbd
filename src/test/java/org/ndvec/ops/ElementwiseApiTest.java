package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * The facade's variants (allocating, out, in place, scalar) against hand-checked answers and
 * against each other, the NumPy error texts, and in-place updates through overlapping views.
 */
class ElementwiseApiTest {

    @Test
    void nep50WeakScalars() {
        assertEquals(DType.FLOAT32, Nd.array(1f, 2f).mul(2.0).dtype());
        assertEquals(DType.FLOAT64, Nd.zeros(DType.INT32, 2).add(1.5).dtype());
        assertEquals(DType.INT32, Nd.zeros(DType.INT32, 2).add(1).dtype());
        assertEquals(DType.INT64, Nd.array(1L, 2L).add(1).dtype());
        assertEquals(DType.INT64, Nd.array(true, false).add(1).dtype());
        assertEquals(DType.FLOAT32, Nd.zeros(DType.FLOAT32, 2).add(3).dtype());
        assertArrayEquals(new double[] {2, 1}, Nd.array(true, false).add(1).toDoubleArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nd.zeros(DType.INT32, 2).add(3_000_000_000L));
        assertEquals("Python integer 3000000000 out of bounds for int32", e.getMessage());
    }

    @Test
    void variantsAgree() {
        NDArray a = Nd.arange(6).reshape(2, 3).astype(DType.FLOAT64);
        NDArray b = Nd.array(10.0, 20.0, 30.0);
        NDArray alloc = a.add(b);
        NDArray out = Nd.zeros(2, 3);
        assertSame(out, a.add(b, out));
        NDArray inPlace = a.copy();
        assertSame(inPlace, inPlace.addi(b));
        double[] want = {10, 21, 32, 13, 24, 35};
        assertArrayEquals(want, alloc.toDoubleArray());
        assertArrayEquals(want, out.toDoubleArray());
        assertArrayEquals(want, inPlace.toDoubleArray());
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5}, a.div(2).toDoubleArray());
        // (0 - 5) * -1 ... (5 - 5) * -1 = -0.0 in IEEE arithmetic, as in NumPy
        assertArrayEquals(new double[] {5, 4, 3, 2, 1, -0.0}, a.subi(5).muli(-1.0).toDoubleArray());
    }

    @Test
    void shiftsFollowNumpyPastTheWidth() {
        // answers from NumPy 2.4: a = np.arange(-3, 3, dtype=np.int32).reshape(2, 3)
        NDArray a = Nd.arange(-3, 3).astype(DType.INT32).reshape(2, 3);
        assertArrayEquals(new double[] {-12, -8, -4, 0, 4, 8}, a.leftShift(2).toDoubleArray());
        assertArrayEquals(new double[] {-2, -1, -1, 0, 0, 1}, a.rightShift(1).toDoubleArray());
        NDArray counts = Nd.array(1, 40, -1).astype(DType.INT32);
        assertArrayEquals(new double[] {-6, 0, 0, 0, 0, 0}, a.leftShift(counts).toDoubleArray());
        NDArray x = a.copy();
        assertSame(x, x.rightShifti(Nd.array(0, 1, 2).astype(DType.INT32)));
        assertArrayEquals(new double[] {-3, -1, -1, 0, 0, 0}, x.toDoubleArray());
        assertEquals(DType.INT32, x.dtype());
        NDArray y = Nd.zeros(DType.INT32, 3);
        assertEquals(DType.INT32, y.leftShifti(Nd.zeros(DType.INT64, 3)).dtype()); // same_kind allows it
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> y.leftShifti(Nd.zeros(3)));
        assertEquals("ufunc 'left_shift' not supported for the input types, and the inputs could not be safely"
                + " coerced to any supported types according to the casting rule ''safe''", e.getMessage());
    }

    @Test
    void directOutMatchesTheAllocatingFormAtAnyOffset() {
        // 300,000 elements run in several worker chunks; out is a contiguous view 10 elements in
        int n = 300_000;
        NDArray a = Nd.arange(n).astype(DType.FLOAT32).mul(0.5);
        NDArray b = Nd.arange(n).astype(DType.FLOAT32).sub(7);
        NDArray out = Nd.zeros(DType.FLOAT32, n + 10).get("10:");
        assertSame(out, a.mul(b, out));
        assertArrayEquals(a.mul(b).toDoubleArray(), out.toDoubleArray());
        NDArray s = Nd.zeros(DType.FLOAT64, n + 3).get("3:");
        assertSame(s, a.astype(DType.FLOAT64).sub(Nd.array(2.5).reshape(), s));
        assertArrayEquals(a.astype(DType.FLOAT64).sub(2.5).toDoubleArray(), s.toDoubleArray());
    }

    @Test
    void outHoldingTheScalarOperandSeesItsOldValue() {
        // np.add(a, a[5], out=a) adds the old a[5] everywhere (NumPy copies overlapping inputs);
        // 20 floats end in a scalar tail that would reread a[5] after it was overwritten
        NDArray a = Nd.arange(20).astype(DType.FLOAT32);
        a.add(a.get("5"), a);
        double[] want = new double[20];
        for (int i = 0; i < 20; i++) {
            want[i] = i + 5;
        }
        assertArrayEquals(want, a.toDoubleArray());
    }

    @Test
    void outBroadcastsInputsToItsShape() {
        NDArray out = Nd.zeros(2, 3);
        Nd.array(1.0, 2.0, 3.0).add(Nd.array(1.0, 1.0, 1.0), out);
        assertArrayEquals(new double[] {2, 3, 4, 2, 3, 4}, out.toDoubleArray());
    }

    @Test
    void outErrorsReadLikeNumpy() {
        NDArray a = Nd.zeros(2, 3);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> a.add(1.0, Nd.zeros(3)));
        assertEquals("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)",
                shape.getMessage());
        NDArray ints = Nd.zeros(DType.INT64, 3);
        IllegalArgumentException cast = assertThrows(IllegalArgumentException.class, () -> ints.addi(1.5));
        assertEquals("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule "
                + "'same_kind'", cast.getMessage());
        assertArrayEquals(new long[] {0, 0, 0}, ints.toLongArray(), "a failed call leaves its target untouched");
        IllegalStateException ro = assertThrows(IllegalStateException.class,
                () -> Nd.zeros(3).add(1.0, Nd.zeros(1).broadcastTo(3)));
        assertEquals("output array is read-only", ro.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nd.zeros(3).addi(Nd.zeros(2, 3)));
        IllegalArgumentException pow = assertThrows(IllegalArgumentException.class,
                () -> Nd.array(2L, 3L).pow(Nd.array(1L, -1L)));
        assertEquals("Integers to negative integer powers are not allowed.", pow.getMessage());
    }

    @Test
    void sameKindCastIntoNarrowerOut() {
        NDArray out = Nd.zeros(DType.FLOAT32, 2);
        Nd.array(1.0, 2.0).add(Nd.array(0.5, 0.25), out);
        assertArrayEquals(new float[] {1.5f, 2.25f}, out.toFloatArray());
        NDArray i32 = Nd.zeros(DType.INT32, 2);
        Nd.array(5L, 6L).mul(Nd.array(2L, 3L), i32);
        assertArrayEquals(new int[] {10, 18}, i32.toIntArray());
    }

    @Test
    void inPlaceThroughOverlappingViewsReadsTheOldValues() {
        // a[1:] += a[:-1] in NumPy reads the original a (it buffers overlapping input): [1, 3, 5, 7]
        NDArray a = Nd.array(1.0, 2.0, 3.0, 4.0);
        a.get("1:").addi(a.get(":-1"));
        assertArrayEquals(new double[] {1, 3, 5, 7}, a.toDoubleArray());
        // reversed view into itself: b = b + b[::-1]
        NDArray b = Nd.array(1.0, 2.0, 3.0);
        b.addi(b.get("::-1"));
        assertArrayEquals(new double[] {4, 4, 4}, b.toDoubleArray());
        // transposed into itself
        NDArray m = Nd.arange(4).reshape(2, 2).astype(DType.FLOAT64);
        m.addi(m.T());
        assertArrayEquals(new double[] {0, 3, 3, 6}, m.toDoubleArray());
    }

    @Test
    void integerSemantics() {
        NDArray a = Nd.array(7L, -7L, 7L, -7L, 5L);
        NDArray b = Nd.array(2L, 2L, -2L, -2L, 0L);
        assertArrayEquals(new long[] {3, -4, -4, 3, 0}, a.floorDivide(b).toLongArray());
        assertArrayEquals(new long[] {1, 1, -1, -1, 0}, a.mod(b).toLongArray());
        assertArrayEquals(new long[] {Long.MIN_VALUE}, Nd.array(new long[] {Long.MAX_VALUE}).add(1).toLongArray());
        assertArrayEquals(new long[] {1024}, Nd.array(new long[] {2}).pow(10).toLongArray());
        assertEquals(DType.FLOAT64, Nd.array(new long[] {1}).div(Nd.array(new long[] {2})).dtype());
    }

    @Test
    void nanAndSignedZeros() {
        NDArray x = Nd.array(Double.NaN, 1.0, -0.0);
        NDArray y = Nd.array(1.0, Double.NaN, 0.0);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 0.0}, x.maximum(y).toDoubleArray());
        assertArrayEquals(new double[] {1.0, 1.0, 0.0}, x.fmax(y).toDoubleArray());
        assertArrayEquals(new double[] {0, 0, 1}, x.eq(y).toDoubleArray()); // -0.0 == 0.0, NaN != NaN
        assertArrayEquals(new double[] {1, 0, 0}, x.isnan().toDoubleArray());
    }

    @Test
    void whereClipFmaBroadcast() {
        NDArray cond = Nd.array(true, false, true);
        assertArrayEquals(new double[] {1, 20, 3},
                Nd.where(cond, Nd.array(1.0, 2.0, 3.0), Nd.array(10L, 20L, 30L)).toDoubleArray());
        assertArrayEquals(new double[] {Double.NaN, 2, 4}, Nd.array(Double.NaN, 1, 5).clip(2, 4).toDoubleArray());
        NDArray f = Nd.fma(Nd.arange(6).reshape(2, 3).astype(DType.FLOAT32), Nd.array(2f, 2f, 2f), Nd.array(new float[] {1f}).reshape(1, 1));
        assertArrayEquals(new float[] {1, 3, 5, 7, 9, 11}, f.toFloatArray());
        assertArrayEquals(new int[] {2, 3}, Nd.broadcastShapes(new int[] {2, 1}, new int[] {3}));
        NDArray[] bs = Nd.broadcastArrays(Nd.array(1.0, 2.0), Nd.zeros(3, 1));
        assertArrayEquals(new int[] {3, 2}, bs[0].shape());
        assertArrayEquals(new long[] {0, 8}, bs[0].strides());
    }

    @Test
    void unaryAndActivations() {
        NDArray x = Nd.array(-2.0, -0.5, 0.0, 1.5);
        assertArrayEquals(new double[] {0, 0, 0, 1.5}, x.relu().toDoubleArray());
        assertArrayEquals(new double[] {-0.2, -0.05, 0, 1.5}, x.leakyRelu(0.1).toDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {Math.expm1(-2), Math.expm1(-0.5), 0, 1.5}, x.elu(1.0).toDoubleArray(), 1e-15);
        for (int i = 0; i < 4; i++) {
            double v = x.getDouble(i);
            assertEquals(1 / (1 + Math.exp(-v)), x.sigmoid().getDouble(i), 1e-15);
            assertEquals(v / (1 + Math.exp(-v)), x.silu().getDouble(i), 1e-15);
            assertEquals(Math.log(1 + Math.exp(v)), x.softplus().getDouble(i), 1e-15);
        }
        // GELU(1) = Phi(1) = 0.8413447460685429 (normal CDF at 1, a table value)
        assertEquals(0.8413447460685429, Nd.array(new double[] {1.0}).gelu().getDouble(0), 1e-16);
        assertEquals(DType.FLOAT64, Nd.array(1L, 4L).sqrt().dtype());
        assertArrayEquals(new double[] {1.2, 123.4}, Nd.array(1.234, 123.44).round(1).toDoubleArray());
        assertArrayEquals(new double[] {0, 120}, Nd.array(1.234, 125.0).round(-1).toDoubleArray());
        assertArrayEquals(new double[] {0, 2}, Nd.array(0.5, 2.5).round(0).toDoubleArray()); // half to even
    }

    @Test
    void tiledTransposedLoopsVisitEveryElementOnce() {
        // 200 x 300 is larger than two 64-tiles each way with ragged edges, so TiledLoop takes over.
        NDArray a = Nd.arange(300 * 200).reshape(300, 200).astype(DType.FLOAT64);
        NDArray b = Nd.arange(200 * 300).reshape(200, 300).mul(1000L).astype(DType.FLOAT64);
        double[] got = a.T().add(b).toDoubleArray();
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 300; j++) {
                assertEquals((j * 200 + i) + 1000.0 * (i * 300 + j), got[i * 300 + j], "at " + i + "," + j);
            }
        }
        NDArray inPlace = b.copy();
        inPlace.addi(a.T());
        assertArrayEquals(got, inPlace.toDoubleArray());
    }
}
