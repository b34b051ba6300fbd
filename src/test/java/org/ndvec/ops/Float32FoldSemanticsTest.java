package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;

/**
 * float32 products and running sums/products bit for bit as NumPy 2.4 computes them, in float32
 * element after element (expected values printed by NumPy with {@code float(v).hex()}).
 */
class Float32FoldSemanticsTest {

    private static float hex(String s) {
        return (float) Double.parseDouble(s);
    }

    /** {@code np.float32(0.5) + ((k * 37) % 101).astype(np.float32) * np.float32(0.01)}, shape (3, 50). */
    private static NDArray pattern() {
        float[] v = new float[150];
        for (int k = 0; k < v.length; k++) {
            v[k] = 0.5f + ((k * 37) % 101) * 0.01f;
        }
        return NDArray.wrap(v, 3, 50);
    }

    @Test
    void cumsumRunsInFloat32() {
        float[] tenths = new float[10];
        java.util.Arrays.fill(tenths, 0.1f);
        // np.cumsum(np.full(10, 0.1, dtype=np.float32))
        float[] want = {hex("0x1.99999ap-4"), hex("0x1.99999ap-3"), hex("0x1.333334p-2"), hex("0x1.99999ap-2"),
            hex("0x1.0p-1"), hex("0x1.333334p-1"), hex("0x1.666668p-1"), hex("0x1.99999cp-1"), hex("0x1.ccccd0p-1"),
            hex("0x1.000002p+0")};
        assertArrayEquals(want, NDArray.wrap(tenths).cumsum().toFloatArray());
        // np.cumsum(np.float32([1e8] + [1] * 11)): every 1 is lost against 1e8 in float32
        float[] big = new float[12];
        java.util.Arrays.fill(big, 1f);
        big[0] = 1e8f;
        float[] flat = new float[12];
        java.util.Arrays.fill(flat, 1e8f);
        assertArrayEquals(flat, NDArray.wrap(big).cumsum().toFloatArray());
        // np.cumsum(b[2])[-2:] of the pattern
        float[] row = pattern().get("2").cumsum().toFloatArray();
        assertEquals(hex("0x1.84ccce0p+5"), row[48]);
        assertEquals(hex("0x1.8d85200p+5"), row[49]);
    }

    @Test
    void overflowStaysInfinite() {
        // np.cumprod(np.float32([1e30, 1e30, 1e-30])) -> [1e30, inf, inf]
        float[] p = NDArray.wrap(new float[] {1e30f, 1e30f, 1e-30f}).cumprod().toFloatArray();
        assertArrayEquals(new float[] {1e30f, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY}, p);
        // np.cumsum(np.float32([3e38, 3e38, -3e38])) -> [3e38, inf, inf]
        float[] s = NDArray.wrap(new float[] {3e38f, 3e38f, -3e38f}).cumsum().toFloatArray();
        assertArrayEquals(new float[] {3e38f, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY}, s);
        // np.prod of the same: inf, and underflow to 0 for [1e-30, 1e-30, 1e30]
        assertEquals(Float.POSITIVE_INFINITY, NDArray.wrap(new float[] {1e30f, 1e30f, 1e-30f}).prod().getFloat());
        assertEquals(0f, NDArray.wrap(new float[] {1e-30f, 1e-30f, 1e30f}).prod().getFloat());
    }

    @Test
    void productsAreNumPysSequentialFloat32Products() {
        NDArray b = pattern();
        assertEquals(DType.FLOAT32, b.prod().dtype());
        assertEquals(hex("0x1.37585cp-11"), b.prod().getFloat());
        float[] cols = b.prod(0).toFloatArray();
        assertEquals(hex("0x1.de9e1ap-2"), cols[0]);
        assertEquals(hex("0x1.09096cp-1"), cols[1]);
        assertEquals(hex("0x1.2fca44p-1"), cols[2]);
        assertArrayEquals(new float[] {hex("0x1.7a176cp-4"), hex("0x1.6d999cp-4"), hex("0x1.2738d8p-4")},
                b.prod(1).toFloatArray());
        // the same rows through a strided view (the transpose's columns)
        assertArrayEquals(b.prod(1).toFloatArray(), b.T().copy().T().prod(1).toFloatArray());
        float[] run = b.get("1").cumprod().toFloatArray();
        assertEquals(hex("0x1.50bdc8p-4"), run[47]);
        assertEquals(hex("0x1.dace26p-4"), run[48]);
        assertEquals(hex("0x1.6d999cp-4"), run[49]);
    }

    @Test
    void runsStartFromTheirFirstElement() {
        // np.cumsum(np.float32([-0.0, -0.0])) -> [-0., -0.]; 0 + -0.0 would be +0.0
        float[] z = NDArray.wrap(new float[] {-0f, -0f}).cumsum().toFloatArray();
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(z[0]));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(z[1]));
        double[] d = NDArray.wrap(new double[] {-0.0}).cumsum().toDoubleArray();
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d[0]));
    }
}
