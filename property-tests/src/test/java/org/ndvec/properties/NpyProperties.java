package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.io.Npy;
import org.ndvec.jqwik.Arrays;

/**
 * Npy.save then Npy.load gives back the same dtype, shape and bits (NaN payloads and the
 * sign of zero included: .npy is binary), for every numeric dtype and bool, from C-ordered
 * arrays, Fortran-ordered arrays (written with fortran_order: True) and arbitrary views
 * (sliced, reversed, broadcast), which the writer must gather in C order.
 */
class NpyProperties {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = ScratchDir.create("npy-properties");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        ScratchDir.delete(dir);
    }

    @Provide
    Arbitrary<NDArray> anyLayout() {
        return Arbitraries.of(DType.values()).filter(t -> t != DType.STRING).flatMap(t -> Arbitraries.oneOf(
                Arrays.of(t),
                Arrays.of(t).map(a -> a.T().copy().T()),
                Arrays.views(t)));
    }

    @Property(tries = 1000)
    void saveThenLoadIsBitExact(@ForAll("anyLayout") NDArray a) throws IOException {
        Path p = dir.resolve("a.npy");
        Npy.save(p, a);
        NDArray b = Npy.load(p);
        assertEquals(a.dtype(), b.dtype());
        assertArrayEquals(a.shape(), b.shape());
        switch (a.dtype()) {
            case FLOAT64 -> assertArrayEquals(rawBits(a.toDoubleArray()), rawBits(b.toDoubleArray()));
            case FLOAT32 -> assertArrayEquals(rawBits(a.toFloatArray()), rawBits(b.toFloatArray()));
            case BOOL -> assertArrayEquals(a.toBooleanArray(), b.toBooleanArray());
            default -> assertArrayEquals(a.toLongArray(), b.toLongArray());
        }
    }

    private static long[] rawBits(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Double.doubleToRawLongBits(v[i]);
        }
        return out;
    }

    private static int[] rawBits(float[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Float.floatToRawIntBits(v[i]);
        }
        return out;
    }
}
