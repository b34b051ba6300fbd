package org.ndvec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated NumPy fixtures written by src/test/python/gen_*_fixtures.py. */
final class Fixtures {
    private Fixtures() {
    }

    /** Every line of a fixture resource, split on tabs. */
    static List<String[]> lines(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource + " (run the generator script)");
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A shape written as "2,3" ("" is the 0-d shape). */
    static int[] shape(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] p = s.split(",");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i].strip());
        }
        return out;
    }

    /** Float values written with Python's float.hex(), or nan/inf/-inf. */
    static double[] doubles(String s) {
        if (s.isEmpty()) {
            return new double[0];
        }
        String[] p = s.split(" ");
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = switch (p[i]) {
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(p[i]);
            };
        }
        return out;
    }

    /** Integer values in decimal (bools as 0/1). */
    static long[] longs(String s) {
        if (s.isEmpty()) {
            return new long[0];
        }
        String[] p = s.split(" ");
        long[] out = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Long.parseLong(p[i]);
        }
        return out;
    }

    /** An array of a dtype from fixture values. */
    static NDArray array(DType dtype, String values) {
        NDArray a = dtype.isFloating() ? Nd.array(doubles(values)) : Nd.array(longs(values));
        return a.astype(dtype);
    }

    /** Asserts dtype-aware exact equality of an array's values with fixture values (NaN equals NaN, -0.0 != 0.0). */
    static void assertValues(String expected, NDArray actual, String context) {
        if (actual.dtype().isFloating()) {
            double[] e = doubles(expected);
            double[] a = actual.toDoubleArray();
            org.junit.jupiter.api.Assertions.assertEquals(e.length, a.length, context + ": size");
            for (int i = 0; i < e.length; i++) {
                if (Double.doubleToLongBits(e[i]) != Double.doubleToLongBits(a[i])) {
                    org.junit.jupiter.api.Assertions.fail(context + ": element " + i + " expected " + e[i]
                            + " but was " + a[i]);
                }
            }
        } else {
            org.junit.jupiter.api.Assertions.assertArrayEquals(longs(expected), actual.toLongArray(), context);
        }
    }
}
