package org.ndvec.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Reads the NumPy fixtures of src/test/python/elementwise_fixtures.py. */
final class FixtureArrays {
    private FixtureArrays() {
    }

    static List<String[]> cases(String name) throws IOException {
        List<String[]> out = new ArrayList<>();
        // surefire runs in the module folder (src/); from the repository root the path gains "src/".
        Path file = Path.of("test/resources/fixtures/elementwise", name + ".txt");
        if (!Files.exists(file)) {
            file = Path.of("src").resolve(file);
        }
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                out.add(line.split("\\|", -1));
            }
        }
        return out;
    }

    /** NumPy's dtype name mapped to ndvec's (int8 -> int64, float16 -> float32: ndvec lacks the small types). */
    static DType dtype(String numpy) {
        return switch (numpy) {
            case "int8" -> DType.INT64;
            case "float16" -> DType.FLOAT32;
            default -> DType.of(numpy);
        };
    }

    static int[] shape(String s) {
        return s.isEmpty() ? new int[0] : Arrays.stream(s.split("x")).mapToInt(Integer::parseInt).toArray();
    }

    /** An array from {@code dtype:shape:values}. */
    static NDArray array(String spec) {
        String[] p = spec.split(":", -1);
        DType t = dtype(p[0]);
        int[] shape = shape(p[1]);
        String[] vals = p[2].isEmpty() ? new String[0] : p[2].split(",");
        NDArray a = Nd.zeros(t, vals.length).reshape(shape);
        for (int i = 0; i < vals.length; i++) {
            switch (t) {
                case BOOL -> a.reshape(-1).setItem(new int[] {i}, vals[i].equals("true"));
                case INT32, INT64 -> a.reshape(-1).setItem(i, Long.parseLong(vals[i]));
                default -> a.reshape(-1).setItem(i, parseDouble(vals[i]));
            }
        }
        return a;
    }

    static double parseDouble(String v) {
        return switch (v) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "true" -> 1;
            case "false" -> 0;
            default -> Double.parseDouble(v);
        };
    }

    /**
     * Null when {@code actual} matches the expected {@code dtype:shape:values}, else what differs.
     * Floats must agree within {@code ulps} units in the last place (0: bit for bit, signed zeros
     * and NaN included).
     */
    static String mismatch(String expected, NDArray actual, int ulps) {
        String[] p = expected.split(":", -1);
        DType t = dtype(p[0]);
        if (actual.dtype() != t) {
            return "dtype " + actual.dtype() + " != " + t;
        }
        if (!Arrays.equals(actual.shape(), shape(p[1]))) {
            return "shape " + Arrays.toString(actual.shape()) + " != " + p[1];
        }
        if (p[0].equals("float16")) {
            return null; // NumPy computed in half precision, ndvec in float32: only the dtype rule is comparable
        }
        String[] vals = p[2].isEmpty() ? new String[0] : p[2].split(",");
        double[] got = actual.toDoubleArray();
        long[] gotLong = actual.toLongArray();
        for (int i = 0; i < vals.length; i++) {
            if (t.isFloating()) {
                double want = parseDouble(vals[i]);
                if (!closeUlps(want, got[i], ulps, t == DType.FLOAT32)) {
                    return "element " + i + ": " + got[i] + " != " + want;
                }
            } else if (t == DType.BOOL) {
                if ((got[i] != 0) != vals[i].equals("true")) {
                    return "element " + i + ": " + got[i] + " != " + vals[i];
                }
            } else if (gotLong[i] != Long.parseLong(vals[i])) {
                return "element " + i + ": " + gotLong[i] + " != " + vals[i];
            }
        }
        return null;
    }

    static boolean closeUlps(double want, double got, int ulps, boolean single) {
        if (Double.isNaN(want) || Double.isNaN(got)) {
            return Double.isNaN(want) && Double.isNaN(got);
        }
        if (ulps == 0 || Double.isInfinite(want)) {
            return Double.doubleToLongBits(want) == Double.doubleToLongBits(got);
        }
        double ulp = single ? Math.ulp((float) want) : Math.ulp(want);
        return Math.abs(want - got) <= ulps * ulp;
    }
}
