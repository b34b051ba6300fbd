package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;

/** Reads the NumPy answers written by src/test/python/gen_linalg_fixtures.py. */
final class Fixtures {
    record Case(String op, String param, List<NDArray> ins, List<NDArray> outs, String err) {
        @Override
        public String toString() {
            return op + (param == null ? "" : " " + param) + " " + ins.stream().map(a -> a.dtype() + java.util.Arrays.toString(a.shape())).toList();
        }
    }

    private Fixtures() {
    }

    static List<Case> load(String name) {
        String text;
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/linalg/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Case> cases = new ArrayList<>();
        String op = null;
        String param = null;
        List<NDArray> ins = null;
        List<NDArray> outs = null;
        String err = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("case ")) {
                if (op != null) {
                    cases.add(new Case(op, param, ins, outs, err));
                }
                String[] p = line.split(" ", 3);
                op = p[1];
                param = p.length > 2 ? p[2] : null;
                ins = new ArrayList<>();
                outs = new ArrayList<>();
                err = null;
            } else if (line.startsWith("err ")) {
                err = line.substring(4);
            } else {
                (line.startsWith("in ") ? ins : outs).add(parse(line));
            }
        }
        cases.add(new Case(op, param, ins, outs, err));
        return cases;
    }

    private static NDArray parse(String line) {
        String[] t = line.split(" ");
        DType dt = DType.of(t[1]);
        int[] shape = t[2].equals("-") ? new int[0]
                : java.util.Arrays.stream(t[2].split(",")).mapToInt(Integer::parseInt).toArray();
        int n = t.length - 3;
        Object data = Buffers.allocate(dt, n);
        for (int i = 0; i < n; i++) {
            String v = t[3 + i];
            if (dt.isInteger() || dt.isBool()) {
                Buffers.setLong(data, i, Long.parseLong(v));
            } else {
                Buffers.setDouble(data, i, parseDouble(v));
            }
        }
        return Internals.access().wrap(data, dt, shape);
    }

    private static double parseDouble(String v) {
        return switch (v) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(v);
        };
    }

    /** Same dtype and shape, values equal within rtol/atol (relative to the expected magnitude). */
    static void assertClose(NDArray expected, NDArray actual, double rtol, double atol, String what) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        double[] e = expected.astype(DType.FLOAT64).toDoubleArray();
        double[] a = actual.astype(DType.FLOAT64).toDoubleArray();
        for (int i = 0; i < e.length; i++) {
            boolean ok = e[i] == a[i] || Math.abs(e[i] - a[i]) <= atol + rtol * Math.abs(e[i]);
            assertTrue(ok, what + ": element " + i + " expected " + e[i] + " got " + a[i]);
        }
    }
}
