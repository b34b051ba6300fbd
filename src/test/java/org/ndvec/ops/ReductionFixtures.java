package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Reads the NumPy fixtures written by {@code src/test/python/reductions_fixtures.py}. */
final class ReductionFixtures {
    private ReductionFixtures() {
    }

    static List<String[]> lines(String name) {
        String path = "/fixtures/reductions/" + name;
        try (InputStream in = ReductionFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path + " (run src/test/python/reductions_fixtures.py)");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank()) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int[] shape(String s) {
        if (s.equals("scalar")) {
            return new int[0];
        }
        String[] parts = s.split("x");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    static double number(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    static String[] values(String s) {
        return s.isEmpty() ? new String[0] : s.split(",");
    }

    /** An array of the fixture's dtype and shape; layout T means "take .T of what is stored". */
    static NDArray array(String dtype, String shapeText, String layout, String data) {
        String[] v = values(data);
        int[] shape = shape(shapeText);
        NDArray a = switch (DType.of(dtype)) {
            case FLOAT64 -> {
                double[] d = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    d[i] = number(v[i]);
                }
                yield Nd.array(d);
            }
            case FLOAT32 -> {
                float[] f = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    f[i] = v[i].equals("nan") ? Float.NaN : v[i].equals("inf") ? Float.POSITIVE_INFINITY
                            : v[i].equals("-inf") ? Float.NEGATIVE_INFINITY : Float.parseFloat(v[i]);
                }
                yield Nd.array(f);
            }
            case INT64, INT32 -> {
                long[] l = new long[v.length];
                for (int i = 0; i < v.length; i++) {
                    l[i] = Long.parseLong(v[i]);
                }
                yield Nd.array(l).astype(DType.of(dtype));
            }
            case BOOL -> {
                boolean[] b = new boolean[v.length];
                for (int i = 0; i < v.length; i++) {
                    b[i] = v[i].equals("1");
                }
                yield Nd.array(b);
            }
            case STRING -> throw new IllegalArgumentException("reduction fixtures hold no strings");
        };
        a = a.reshape(shape);
        return layout.equals("T") ? a.T() : a;
    }

    /**
     * Checks dtype, shape and values against NumPy. float64 agrees to 1e-12 relative (we sum in
     * a different order); float32 to 2e-6 relative plus 2e-6 absolute, since NumPy accumulates
     * float32 in float32 and we in double. NaN must meet NaN, infinities their own sign.
     */
    static void assertMatches(String what, String dtype, String shapeText, String data, NDArray actual) {
        assertEquals(DType.of(dtype), actual.dtype(), what + ": dtype");
        assertArrayEquals(shape(shapeText), actual.shape(), what + ": shape");
        String[] v = values(data);
        if (actual.dtype().isFloating()) {
            double[] got = actual.toDoubleArray();
            boolean f32 = actual.dtype() == DType.FLOAT32;
            for (int i = 0; i < v.length; i++) {
                double want = number(v[i]);
                assertClose(what + " [" + i + "]", want, got[i], f32 ? 2e-6 : 1e-12, f32 ? 2e-6 : 1e-13);
            }
        } else {
            long[] got = actual.toLongArray();
            for (int i = 0; i < v.length; i++) {
                assertEquals(Long.parseLong(v[i]), got[i], what + " [" + i + "]");
            }
        }
    }

    static void assertClose(String what, double want, double got, double rtol, double atol) {
        if (Double.isNaN(want) || Double.isInfinite(want)) {
            assertEquals(want, got, what);
            return;
        }
        assertTrue(Math.abs(got - want) <= atol + rtol * Math.abs(want),
                () -> what + ": expected " + want + " got " + got);
    }
}
