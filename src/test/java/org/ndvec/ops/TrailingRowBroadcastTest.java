package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** The bias-add fast path (a (..., w) matrix with a (w,) or trailing-dims row) against plain Java arithmetic. */
class TrailingRowBroadcastTest {

    @Test
    void matchesElementByElementArithmetic() {
        Random rnd = new Random(8);
        // rows below 64 go through a repeated copy of the row, in runs of up to 512 elements: one
        // run, several with a partial last one, a single-element row, and rows of 64 and 100 per call
        int[][] shapes = {{32, 5}, {1, 1}, {7, 33}, {3, 4, 17}, {2, 300, 100}, {200, 5}, {100, 63}, {1000, 1}, {9, 64}};
        for (int[] shape : shapes) {
            int n = 1;
            for (int d : shape) {
                n *= d;
            }
            int w = shape[shape.length - 1];
            float[] x = new float[n];
            float[] bias = new float[w];
            for (int i = 0; i < n; i++) {
                x[i] = (float) rnd.nextGaussian();
            }
            for (int j = 0; j < w; j++) {
                bias[j] = (float) rnd.nextGaussian();
            }
            NDArray a = NDArray.wrap(x, shape);
            NDArray b = NDArray.wrap(bias, w);
            float[] sum = a.add(b).toFloatArray();
            float[] diff = a.sub(b).toFloatArray();
            float[] quot = a.div(b).toFloatArray();
            for (int i = 0; i < n; i++) {
                assertEquals(x[i] + bias[i % w], sum[i], "add at " + i);
                assertEquals(x[i] - bias[i % w], diff[i], "sub at " + i);
                assertEquals(x[i] / bias[i % w], quot[i], "div at " + i);
            }
            assertArrayEquals(shape, a.add(b).shape());
            // the in-place forms write into a itself (x @ w).addi(b)
            NDArray inPlace = NDArray.wrap(x.clone(), shape);
            assertEquals(inPlace, inPlace.muli(b));
            float[] prod = inPlace.toFloatArray();
            NDArray offset = NDArray.wrap(concat(new float[] {7f, 8f}, x), n + 2).get("2:").reshape(shape);
            offset.subi(b);
            float[] diffOffset = offset.toFloatArray();
            for (int i = 0; i < n; i++) {
                assertEquals(x[i] * bias[i % w], prod[i], "muli at " + i);
                assertEquals(x[i] - bias[i % w], diffOffset[i], "subi at an offset, at " + i);
            }
        }
    }

    @Test
    void inPlaceIntoAReadOnlyOrAliasedArrayTakesTheGeneralPath() {
        NDArray row = Nd.arange(4).astype(DType.FLOAT64);
        NDArray ro = Nd.zeros(DType.FLOAT64, 4).broadcastTo(3, 4);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> ro.addi(row));
        // b is a row of a itself: every row adds the first row's values as they were before the call
        NDArray a = Nd.arange(12).astype(DType.FLOAT64).reshape(3, 4);
        a.addi(a.get("0"));
        assertArrayEquals(new double[] {0, 2, 4, 6, 4, 6, 8, 10, 8, 10, 12, 14}, a.toDoubleArray());
    }

    private static float[] concat(float[] head, float[] tail) {
        float[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void trailingBlocksOffsetViewsAndIntegers() {
        NDArray a = Nd.arange(24).reshape(2, 3, 4);
        NDArray block = Nd.arange(100, 112).reshape(3, 4);
        long[] got = a.add(block).toLongArray();
        for (int i = 0; i < 24; i++) {
            assertEquals(i + 100 + i % 12, got[i]);
        }
        // a contiguous row taken at an offset of its storage
        NDArray row = Nd.arange(10).astype(DType.FLOAT64).get("6:");
        double[] shifted = Nd.zeros(DType.FLOAT64, 2, 4).sub(row).toDoubleArray();
        assertArrayEquals(new double[] {-6, -7, -8, -9, -6, -7, -8, -9}, shifted);
    }
}
