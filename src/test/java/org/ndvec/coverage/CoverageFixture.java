package org.ndvec.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.ndvec.AxisException;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * One NumPy answer recorded by {@code src/test/python/coverage_fixtures.py} (its docstring defines
 * the format), and the replay of it: inputs rebuilt exactly (views included), the ndvec call made
 * by the area's test, the result compared dtype, shape and bits (or within a stated number of
 * ulps), errors compared by exception type and NumPy's message.
 */
record CoverageFixture(String id, String op, Map<String, String> params, Map<String, NDArray> inputs,
                       List<String> outputs, String errorKind, String message) {

    /** Every case of {@code fixtures/coverage/<area>.tsv}. */
    static List<CoverageFixture> read(String area) {
        String resource = "/fixtures/coverage/" + area + ".tsv";
        try (InputStream in = CoverageFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource + " (run coverage_fixtures.py)");
            }
            List<CoverageFixture> out = new ArrayList<>();
            Map<String, String> defs = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("!\t")) {
                    String[] f = line.split("\t", -1);
                    defs.put(f[1], f[2]);
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(parse(line.split("\t", -1), defs));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CoverageFixture parse(String[] f, Map<String, String> defs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : f[2].isEmpty() ? new String[0] : f[2].split(";")) {
            int eq = kv.indexOf('=');
            params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Map<String, NDArray> inputs = new LinkedHashMap<>();
        for (String kv : f[3].isEmpty() ? new String[0] : f[3].split(";")) {
            int eq = kv.indexOf('=');
            String spec = kv.substring(eq + 1);
            inputs.put(kv.substring(0, eq), decode(spec.startsWith("$") ? defs.get(spec.substring(1)) : spec));
        }
        if (f[4].equals("OK")) {
            return new CoverageFixture(f[0], f[1], params, inputs, List.of(f[5].split(";", -1)), null, null);
        }
        return new CoverageFixture(f[0], f[1], params, inputs, List.of(), f[5], f[6]);
    }

    /** An ARRAY of the format: {@code dtype|shape|values[|view]}. */
    static NDArray decode(String spec) {
        String[] p = spec.split("\\|", -1);
        if (p[2].startsWith("@")) {
            return formula(DType.of(p[0]), Integer.parseInt(p[1]), p[2].substring(1).split(","));
        }
        int[] shape = shape(p[1]);
        int size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        String[] values = size == 0 ? new String[0] : p[2].split(",", -1);
        NDArray base = build(p[0], shape, values);
        if (p.length < 4) {
            return base;
        }
        String view = URLDecoder.decode(p[3], StandardCharsets.UTF_8);
        return view.equals("T") ? base.T() : base.get(view);
    }

    /** The script's {@code Formula}: {@code ((i * mul) % mod) / div - sub}, NaN every {@code nanEvery}-th. */
    private static NDArray formula(DType dtype, int n, String[] f) {
        long mul = Long.parseLong(f[0]);
        long mod = Long.parseLong(f[1]);
        double div = number(f[2]);
        double sub = number(f[3]);
        int nanEvery = Integer.parseInt(f[4]);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = nanEvery > 0 && i % nanEvery == nanEvery - 1 ? Double.NaN : ((i * mul) % mod) / div - sub;
        }
        return Nd.array(x).astype(dtype);
    }

    private static NDArray build(String dtype, int[] shape, String[] v) {
        if (dtype.startsWith("<U")) {
            int width = Integer.parseInt(dtype.substring(2));
            // full(...) fixes the width, setString keeps it: shorter elements stay in a <U width array
            NDArray a = Nd.full(new int[] {v.length}, "x".repeat(width));
            for (int i = 0; i < v.length; i++) {
                a.setString(URLDecoder.decode(v[i], StandardCharsets.UTF_8), i);
            }
            return a.reshape(shape);
        }
        DType t = DType.of(dtype);
        NDArray flat;
        if (t.isFloating()) {
            flat = Nd.array(Stream.of(v).mapToDouble(CoverageFixture::number).toArray()).astype(t);
        } else {
            flat = Nd.array(Stream.of(v).mapToLong(Long::parseLong).toArray()).astype(t);
        }
        return flat.reshape(shape);
    }

    static double number(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    static int[] shape(String s) {
        return s.isEmpty() ? new int[0] : Stream.of(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    // ------------------------------------------------------------------ parameters

    NDArray in(String name) {
        NDArray a = inputs.get(name);
        if (a == null) {
            throw new IllegalStateException(id + ": no input " + name);
        }
        return a;
    }

    boolean has(String key) {
        return params.containsKey(key) && !params.get(key).equals("None");
    }

    String str(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new IllegalStateException(id + ": no parameter " + key);
        }
        return v;
    }

    int integer(String key) {
        return Integer.parseInt(str(key));
    }

    double dbl(String key) {
        return number(str(key));
    }

    boolean bool(String key) {
        return str(key).equals("1");
    }

    /** An axis list ({@code null} for None; one int gives a one-element list). */
    int[] axes(String key) {
        String v = str(key);
        return v.equals("None") ? null : Stream.of(v.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    double[] doubles(String key) {
        return Stream.of(str(key).split(",")).mapToDouble(CoverageFixture::number).toArray();
    }

    int[] ints(String key) {
        return str(key).isEmpty() ? new int[0] : Stream.of(str(key).split(",")).mapToInt(Integer::parseInt).toArray();
    }

    // ------------------------------------------------------------------ replay

    /** One dynamic test per case: the area's {@code call} runs it, compared within {@code ulps(case)}. */
    static Stream<DynamicTest> replay(String area, Function<CoverageFixture, Object> call,
                                      Function<CoverageFixture, Double> ulps) {
        return read(area).stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> c.check(() -> call.apply(c),
                ulps.apply(c))));
    }

    /**
     * Runs {@code call} and compares with NumPy's answer: the same exception type and message, or
     * the same arrays (dtype, shape, and values bit for bit when {@code ulps} is 0; otherwise each
     * float within {@code ulps} units in the last place of NumPy's value, in the result's precision).
     */
    void check(Supplier<Object> call, double ulps) {
        if (errorKind != null) {
            Class<? extends Throwable> type = switch (errorKind) {
                case "ValueError", "TypeError", "RuntimeError" -> IllegalArgumentException.class;
                case "AxisError" -> AxisException.class;
                case "IndexError" -> IndexOutOfBoundsException.class;
                case "ZeroDivisionError" -> ArithmeticException.class;
                default -> throw new IllegalStateException("unknown error kind " + errorKind);
            };
            Throwable t = assertThrows(type, call::get, id + ": NumPy raised " + errorKind + ": " + message);
            // NumPy ends its broadcast error with a space (after the last shape), which ndvec's
            // shared broadcasting error does not carry: trailing blanks are not compared
            assertEquals(message.stripTrailing(), t.getMessage().stripTrailing(), id + ": message");
            return;
        }
        List<NDArray> actual = arrays(call.get());
        assertEquals(outputs.size(), actual.size(), id + ": number of results");
        double atol = has("atol") ? dbl("atol") : 0;
        for (int i = 0; i < actual.size(); i++) {
            compare(outputs.get(i), actual.get(i), ulps, atol, id + " result " + i);
        }
    }

    private static List<NDArray> arrays(Object r) {
        return switch (r) {
            case NDArray a -> List.of(a);
            case NDArray[] a -> List.of(a);
            case List<?> l -> l.stream().map(NDArray.class::cast).toList();
            default -> throw new IllegalStateException("not an array result: " + r);
        };
    }

    static void compare(String spec, NDArray actual, double ulps, double atol, String context) {
        String[] p = spec.split("\\|", -1);
        String dtype = actual.dtype() == DType.STRING ? actual.dtypeDescr() : actual.dtype().toString();
        assertEquals(p[0], dtype, context + ": dtype");
        int[] shape = shape(p[1]);
        assertEquals(Arrays.toString(shape), Arrays.toString(actual.shape()), context + ": shape");
        if (actual.size() == 0) {
            return;
        }
        String[] v = p[2].split(",", -1);
        if (actual.dtype() == DType.STRING) {
            String[] got = actual.toStringArray();
            for (int i = 0; i < v.length; i++) {
                assertEquals(URLDecoder.decode(v[i], StandardCharsets.UTF_8), got[i], context + ": element " + i);
            }
        } else if (actual.dtype().isFloating()) {
            double[] got = actual.toDoubleArray();
            for (int i = 0; i < v.length; i++) {
                double e = number(v[i]);
                if (!close(e, got[i], ulps, actual.dtype() == DType.FLOAT32)
                        && !(Math.abs(e - got[i]) <= atol)) {
                    fail(context + ": element " + i + " expected " + e + " (" + v[i] + ") but was " + got[i] + " ("
                            + Double.toHexString(got[i]) + ")" + (ulps > 0 ? " beyond " + ulps + " ulp" : ""));
                }
            }
        } else {
            long[] got = actual.toLongArray();
            for (int i = 0; i < v.length; i++) {
                assertEquals(Long.parseLong(v[i]), got[i], context + ": element " + i);
            }
        }
    }

    private static boolean close(double expected, double actual, double ulps, boolean single) {
        if (Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual)) {
            return true;
        }
        if (ulps == 0 || Double.isNaN(expected) || Double.isNaN(actual) || Double.isInfinite(expected)) {
            return false;
        }
        double ulp = single ? Math.ulp((float) expected) : Math.ulp(expected);
        return Math.abs(expected - actual) <= ulps * ulp;
    }
}
