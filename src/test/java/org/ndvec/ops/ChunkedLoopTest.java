package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.Index;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.parallel.Workers;

/**
 * Loops of several {@link ChunkedLoop#CHUNK}s, which run split (and in parallel where the pool
 * has threads), against element-by-element Java arithmetic: every chunk must see its own
 * offsets, the last one its short length, broadcast operands their zero strides. Sizes are odd
 * so that the last chunk and the kernels' scalar tails are exercised together.
 */
class ChunkedLoopTest {
    private static final int N = 3 * ChunkedLoop.CHUNK + 17;
    private final Random rnd = new Random(5);

    private float[] floats(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextGaussian() * 4;
        }
        return x;
    }

    private static void assertFloats(float[] want, NDArray got) {
        float[] g = got.toFloatArray();
        assertEquals(want.length, g.length);
        for (int i = 0; i < want.length; i++) {
            if (Float.floatToIntBits(want[i]) != Float.floatToIntBits(g[i])) {
                assertEquals(want[i], g[i], "element " + i);
            }
        }
    }

    @Test
    void contiguousAllocatingAndOutForms() {
        float[] a = floats(N);
        float[] b = floats(N);
        float[] sum = new float[N];
        float[] prod = new float[N];
        float[] plus2 = new float[N];
        for (int i = 0; i < N; i++) {
            sum[i] = a[i] + b[i];
            prod[i] = a[i] * b[i];
            plus2[i] = a[i] + 2f;
        }
        NDArray x = NDArray.wrap(a);
        NDArray y = NDArray.wrap(b);
        assertFloats(sum, x.add(y));
        NDArray out = Nd.zeros(DType.FLOAT32, N);
        assertFloats(prod, x.mul(y, out));
        assertFloats(plus2, x.add(2.0));
    }

    @Test
    void stridedAndReversedRows() {
        float[] a = floats(2 * N);
        float[] b = floats(N);
        float[] want = new float[N];
        for (int i = 0; i < N; i++) {
            // a[::2] reversed is a[2 * (N - 1 - i)]
            want[i] = a[2 * (N - 1 - i)] - b[i];
        }
        NDArray x = NDArray.wrap(a).get(Index.slice(0L, 2L * N, 2L)).get(Index.slice(null, null, -1L));
        assertFloats(want, x.sub(NDArray.wrap(b)));
    }

    @Test
    void transposedAndBroadcastPlanes() {
        int rows = 517;
        int cols = 389; // rows * cols > 2 * CHUNK, neither a multiple of the tile
        float[] a = floats(rows * cols);
        float[] b = floats(rows * cols);
        float[] row = floats(cols);
        float[] col = floats(rows);
        float[] t = new float[rows * cols];
        float[] r = new float[rows * cols];
        float[] c = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[i * cols + j] = a[j * rows + i] + b[i * cols + j];
                r[i * cols + j] = b[i * cols + j] * row[j];
                c[i * cols + j] = Math.max(b[i * cols + j], col[i]);
            }
        }
        NDArray bm = NDArray.wrap(b, rows, cols);
        assertFloats(t, NDArray.wrap(a, cols, rows).T().add(bm));
        assertFloats(r, bm.mul(NDArray.wrap(row)));
        assertFloats(c, bm.maximum(NDArray.wrap(col, rows, 1)));
    }

    @Test
    void nestedInsideWorkerChunksDoesNotDeadlock() {
        float[] a = floats(N);
        float[] want = new float[N];
        for (int i = 0; i < N; i++) {
            want[i] = a[i] * a[i];
        }
        NDArray x = NDArray.wrap(a);
        NDArray[] got = new NDArray[4];
        // chunk bodies that themselves split: a worker waiting for its own pool must still finish
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                Workers.forEachChunk(got.length, c -> got[c] = x.mul(x)));
        for (NDArray g : got) {
            assertFloats(want, g);
        }
    }

    @Test
    void fusedMultiplyAddAndUnary() {
        float[] a = floats(N);
        float[] b = floats(N);
        float[] c = floats(N);
        float[] fma = new float[N];
        float[] relu = new float[N];
        for (int i = 0; i < N; i++) {
            fma[i] = Math.fma(a[i], b[i], c[i]);
            relu[i] = Math.max(a[i], 0f);
        }
        assertFloats(fma, Nd.fma(NDArray.wrap(a), NDArray.wrap(b), NDArray.wrap(c)));
        assertFloats(relu, NDArray.wrap(a).relu());
    }
}
