package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The array header: properties, element access, views, copies. Expected values are NumPy's. */
class NDArrayModelTest {

    @Test
    void wrapIsZeroCopyBothWays() {
        float[] data = {1, 2, 3, 4, 5, 6};
        NDArray a = NDArray.wrap(data, 2, 3);
        data[4] = 50;
        assertEquals(50f, a.getFloat(1, 1));
        a.setItem(0, 2, -7.0);
        assertEquals(-7f, data[2]);
        assertEquals(DType.FLOAT32, a.dtype());
        assertArrayEquals(new int[] {6}, NDArray.wrap(data).shape());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NDArray.wrap(data, 4, 2));
        assertEquals("cannot reshape array of size 6 into shape (4,2)", e.getMessage());
    }

    @Test
    void propertiesMatchNumpy() {
        NDArray a = Nd.zeros(32, 10, 8);
        assertArrayEquals(new int[] {32, 10, 8}, a.shape());
        assertEquals(3, a.ndim());
        assertEquals(2560, a.size());
        assertEquals(DType.FLOAT64, a.dtype());
        assertEquals("float64", a.dtype().toString());
        assertEquals(8, a.itemsize());
        assertEquals(20480, a.nbytes());
        assertArrayEquals(new long[] {640, 64, 8}, a.strides());
        assertNull(a.base());
        assertTrue(a.isContiguous());
        int[] s = a.shape();
        s[0] = 99;
        assertEquals(32, a.shape(0), "shape() must return a copy");
        assertEquals(8, a.shape(-1));
    }

    @Test
    void viewsCollapseTheirBaseAndShareStorage() {
        NDArray a = Nd.arange(24).reshape(2, 3, 4);
        NDArray v = a.get("1").get("::-1").T();
        assertSame(a.base(), v.base(), "base is the owner, never a chain");
        v.setItem(0, 0, 100);
        // v[0, 0] is a[1, 2, 0]
        assertEquals(100, a.getLong(1, 2, 0));
        assertTrue(Nd.sharesMemory(a, v));
    }

    @Test
    void contiguityFlags() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        assertTrue(a.isContiguous());
        assertFalse(a.T().isContiguous());
        assertTrue(a.T().isFortranContiguous());
        assertFalse(a.get(":, :1").isContiguous());
        assertTrue(a.get("1:2").isContiguous());
        assertTrue(Nd.zeros(0, 3).get("::-1").isContiguous(), "empty arrays are contiguous");
        assertTrue(Nd.zeros(3, 0, 2).T().isContiguous(), "np.zeros((3,0,2)).T is C-contiguous too");
        assertTrue(Nd.zeros(3, 0, 2).isFortranContiguous());
    }

    @Test
    void negativeIndicesAndCastingOnSet() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        assertEquals(5, a.getLong(-1, -1));
        assertEquals(3.0, a.getDouble(-1, 0));
        a.setItem(0, 0, 7.9);
        assertEquals(7, a.getLong(0, 0), "a[0,0] = 7.9 truncates in an int array");
        a.setItem(0, 1, -7.9);
        assertEquals(-7, a.getLong(0, 1));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> a.setItem(0, 0, Double.NaN));
        assertEquals("cannot convert float NaN to integer", nan.getMessage());
        NDArray i32 = Nd.zeros(DType.INT32, 2);
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class, () -> i32.setItem(0, 3_000_000_000L));
        assertEquals("Python integer 3000000000 out of bounds for int32", big.getMessage());
        assertEquals(0, i32.getInt(0), "a failed set leaves the array untouched");
        NDArray b = Nd.zeros(DType.BOOL, 2);
        b.setItem(new int[] {1}, true);
        assertTrue(b.getBoolean(1));
        assertEquals(1.0, b.getDouble(1));
    }

    @Test
    void broadcastViewsAreReadOnlyAndDoNotCopy() {
        NDArray row = Nd.arange(3);
        NDArray b = row.broadcastTo(2, 3);
        assertArrayEquals(new long[] {0, 8}, b.strides());
        assertFalse(b.isWriteable());
        assertTrue(Nd.sharesMemory(b, row));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.setItem(0, 0, 5));
        assertEquals("assignment destination is read-only", e.getMessage());
        assertThrows(IllegalStateException.class, () -> b.fill(1));
        assertArrayEquals(new long[] {0, 1, 2}, row.toLongArray(), "nothing was written");
        assertArrayEquals(new long[] {0, 1, 2, 0, 1, 2}, b.toLongArray());
        assertFalse(b.get("0").isWriteable(), "views of read-only arrays stay read-only");
        assertTrue(b.copy().isWriteable());
    }

    @Test
    void itemAndExports() {
        assertEquals(3.5, Nd.scalar(3.5).item());
        assertEquals(4L, Nd.arange(5).get("4").item());
        assertEquals(true, Nd.scalar(true).item());
        assertEquals(0, Nd.scalar(3.5).ndim());
        NDArray m = Nd.arange(6).reshape(2, 3).T();
        assertArrayEquals(new double[][] {{0, 3}, {1, 4}, {2, 5}}, m.toDoubleArray2D());
        assertArrayEquals(new long[][] {{0, 3}, {1, 4}, {2, 5}}, m.toLongArray2D());
        assertArrayEquals(new int[] {0, 3, 1, 4, 2, 5}, m.toIntArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nd.arange(3).toDoubleArray2D());
        assertEquals("toDoubleArray2D needs a 2-dimensional array, got shape (3,)", e.getMessage());
    }

    @Test
    void nestedArraysAndRaggedInput() {
        NDArray a = Nd.array(new int[][] {{1, 2, 3}, {4, 5, 6}});
        assertEquals(DType.INT64, a.dtype());
        assertArrayEquals(new int[] {2, 3}, a.shape());
        NDArray d = Nd.array(new double[][][] {{{1}, {2}}, {{3}, {4}}});
        assertArrayEquals(new int[] {2, 2, 1}, d.shape());
        assertEquals(DType.FLOAT64, d.dtype());
        assertEquals(DType.FLOAT32, Nd.array(new float[][] {{1f}}).dtype());
        assertEquals(DType.BOOL, Nd.array(true, false).dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nd.array(new int[][] {{1, 2}, {3}}));
        assertEquals("setting an array element with a sequence. The requested array has an inhomogeneous shape "
                + "after 1 dimensions. The detected shape was (2,) + inhomogeneous part.", e.getMessage());
        IllegalArgumentException e3 = assertThrows(IllegalArgumentException.class,
                () -> Nd.array(new int[][][] {{{1, 2}, {3, 4}}, {{1, 2}, {3}}}));
        assertTrue(e3.getMessage().contains("after 2 dimensions. The detected shape was (2, 2)"), e3.getMessage());
        assertEquals(DType.FLOAT32, Nd.array(DType.FLOAT32, new double[] {1, 2}).dtype());
        // np.array(6) is 0-d int64, np.array(6.5) 0-d float64
        assertEquals(0, Nd.array(6).ndim());
        assertEquals(DType.INT64, Nd.array(6).dtype());
        assertEquals(6L, Nd.array(6).item());
        assertEquals(DType.FLOAT64, Nd.array(6.5).dtype());
        assertEquals(1, Nd.array(6, 7).ndim(), "two values are a 1-d array");
    }

    @Test
    void creationDtypes() {
        assertEquals(DType.INT64, Nd.full(new int[] {2, 2}, 7).dtype());
        assertEquals(DType.FLOAT64, Nd.full(new int[] {2, 2}, 7.5).dtype());
        assertEquals(DType.BOOL, Nd.full(new int[] {2}, true).dtype());
        assertArrayEquals(new long[] {7, 7, 7, 7}, Nd.full(new int[] {2, 2}, 7).toLongArray());
        NDArray f = Nd.zeros(DType.FLOAT32, 3, 4);
        assertEquals(DType.FLOAT32, Nd.onesLike(f).dtype());
        assertArrayEquals(new int[] {3, 4}, Nd.fullLike(f, 2).shape());
        assertEquals(2f, Nd.fullLike(f, 2).getFloat(2, 3));
        assertEquals(DType.INT32, Nd.fullLike(Nd.zeros(DType.INT32, 2), 2.9).dtype());
        assertEquals(2, Nd.fullLike(Nd.zeros(DType.INT32, 2), 2.9).getInt(1), "np.full_like truncates to int");
        assertEquals(1.0, Nd.identity(3).getDouble(2, 2));
        assertEquals(10, Nd.arange(0, 1, 0.1).size(), "np.arange(0, 1, 0.1) has 10 elements");
    }

    @Test
    void sharesMemoryIsExact() {
        NDArray a = Nd.arange(10);
        assertFalse(Nd.sharesMemory(a.get("::2"), a.get("1::2")), "interleaved slices do not overlap");
        assertTrue(Nd.mayShareMemory(a.get("::2"), a.get("1::2")), "but their extents do");
        assertTrue(Nd.sharesMemory(a.get("::3"), a.get("::2")));
        assertFalse(Nd.sharesMemory(a, a.copy()));
        assertFalse(Nd.sharesMemory(a.get("5:5"), a), "empty views share nothing");
        NDArray m = Nd.arange(12).reshape(3, 4);
        assertFalse(Nd.sharesMemory(m.get(":, 0"), m.get(":, 1")));
        assertTrue(Nd.sharesMemory(m.get(":, 1"), m.get("2")));
    }

    @Test
    void shapeManipulation() {
        NDArray a = Nd.zeros(2, 3);
        assertArrayEquals(new int[] {1, 2, 3, 1}, a.expandDims(0, 3).shape());
        assertArrayEquals(new int[] {1, 2, 3, 1}, a.expandDims(-1, 0).shape());
        assertArrayEquals(new int[] {2, 3}, a.expandDims(0, 3).squeeze().shape());
        assertArrayEquals(new int[] {2, 3, 1}, a.expandDims(0, 3).squeeze(0).shape());
        assertArrayEquals(new int[] {3, 4, 2}, Nd.zeros(2, 3, 4).moveaxis(0, -1).shape());
        assertArrayEquals(new int[] {4, 3, 2}, Nd.zeros(2, 3, 4).swapaxes(0, 2).shape());
        assertArrayEquals(new int[] {4, 2, 3}, Nd.zeros(2, 3, 4).transpose(2, 0, 1).shape());
        NDArray c = Nd.arange(6).reshape(2, 3);
        assertTrue(Nd.sharesMemory(c, c.ravel()), "ravel of a contiguous array is a view");
        assertFalse(Nd.sharesMemory(c, c.flatten()), "flatten always copies");
        assertFalse(Nd.sharesMemory(c.T(), c.T().ravel()), "ravel of a transpose copies");
        assertArrayEquals(new long[] {0, 3, 1, 4, 2, 5}, c.T().ravel().toLongArray());
        assertArrayEquals(new int[] {0, 3}, Nd.zeros(0, 3).reshape(-1, 3).shape());
        NDArray copy = c.copy();
        copy.setItem(0, 0, 99);
        assertEquals(0, c.getLong(0, 0));
        assertFalse(Nd.sharesMemory(c, c.contiguous()), "contiguous() always allocates");
    }

    @Test
    void fillThroughAView() {
        NDArray a = Nd.zeros(3, 4);
        a.get(":, 1::2").fill(5);
        assertArrayEquals(new double[] {0, 5, 0, 5, 0, 5, 0, 5, 0, 5, 0, 5}, a.toDoubleArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nd.zeros(DType.INT64, 2).fill(Double.NaN));
        assertEquals("cannot convert float NaN to integer", e.getMessage());
    }

    @Test
    void zeroDimensionalViews() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        NDArray e = a.get("1, 2");
        assertEquals(0, e.ndim());
        assertEquals(1, e.size());
        assertEquals(5L, e.item());
        e.setItem(new int[0], 42);
        assertEquals(42, a.getLong(1, 2), "a 0-d view writes through");
        assertArrayEquals(new int[] {1, 1}, e.reshape(1, 1).shape());
    }

    @Test
    void badShapesAreRefused() {
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> Nd.zeros(2, -1));
        assertEquals("negative dimensions are not allowed", neg.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nd.zeros(1 << 20, 1 << 20));
        assertThrows(IllegalArgumentException.class, () -> Nd.zeros(new int[65]));
    }
}
