package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Replays the random programs of {@code src/test/python/gen_differential_fixtures.py} (see its
 * header for the format): op x dtype x rank 0-4 x layout (contiguous, transposed, strided,
 * reversed, broadcast) x weak Python scalars, out= and in-place forms whose output aliases an
 * input. Each program's result must match NumPy's bit for bit (or within the program's stated
 * tolerance, for libm-dependent and summation-order-dependent floats), its error must be the
 * Java counterpart of NumPy's with the same message, and every base array must hold afterwards
 * what NumPy's holds (writes through views; nothing written by a failed call).
 *
 * <p>To add an op: add it to the generator's OPS and here to {@link #OPS} under the same name.
 */
class DifferentialTest {
    private static final String RESOURCE = "/fixtures/differential/programs.tsv.gz";

    /** One program's inputs as the Java calls see them. */
    record Call(Map<String, String> params, List<Object> args, NDArray out) {
        NDArray a(int i) {
            return (NDArray) args.get(i);
        }

        Object scalar(int i) {
            return args.get(i);
        }

        String param(String k) {
            return params.get(k);
        }

        int axis() {
            return Integer.parseInt(params.get("axis"));
        }

        String form() {
            return params.getOrDefault("form", "new");
        }
    }

    private static final Map<String, Function<Call, Object>> OPS = new LinkedHashMap<>();

    /** NumPy ufunc name -> NDArray method name, for the binary and unary families. */
    private static final Map<String, String> BINARY = Map.ofEntries(
            Map.entry("add", "add"), Map.entry("subtract", "sub"), Map.entry("multiply", "mul"),
            Map.entry("divide", "div"), Map.entry("floor_divide", "floorDivide"), Map.entry("remainder", "mod"),
            Map.entry("power", "pow"), Map.entry("maximum", "maximum"), Map.entry("minimum", "minimum"),
            Map.entry("fmax", "fmax"), Map.entry("fmin", "fmin"), Map.entry("bitwise_and", "bitwiseAnd"),
            Map.entry("bitwise_or", "bitwiseOr"), Map.entry("bitwise_xor", "bitwiseXor"),
            Map.entry("left_shift", "leftShift"), Map.entry("right_shift", "rightShift"), Map.entry("equal", "eq"),
            Map.entry("not_equal", "ne"), Map.entry("less", "lt"), Map.entry("less_equal", "le"),
            Map.entry("greater", "gt"), Map.entry("greater_equal", "ge"), Map.entry("logical_and", "logicalAnd"),
            Map.entry("logical_or", "logicalOr"), Map.entry("logical_xor", "logicalXor"));
    private static final Map<String, String> UNARY = Map.ofEntries(
            Map.entry("negative", "neg"), Map.entry("absolute", "abs"), Map.entry("sign", "sign"),
            Map.entry("square", "square"), Map.entry("reciprocal", "reciprocal"), Map.entry("floor", "floor"),
            Map.entry("ceil", "ceil"), Map.entry("rint", "rint"), Map.entry("sqrt", "sqrt"), Map.entry("exp", "exp"),
            Map.entry("log", "log"), Map.entry("expm1", "expm1"), Map.entry("log1p", "log1p"), Map.entry("log2", "log2"),
            Map.entry("log10", "log10"), Map.entry("sin", "sin"), Map.entry("cos", "cos"), Map.entry("tan", "tan"),
            Map.entry("tanh", "tanh"), Map.entry("relu", "relu"), Map.entry("invert", "invert"),
            Map.entry("logical_not", "logicalNot"), Map.entry("isnan", "isnan"), Map.entry("isinf", "isinf"),
            Map.entry("isfinite", "isfinite"));
    private static final Map<String, String> REDUCTIONS = Map.ofEntries(
            Map.entry("sum", "sum"), Map.entry("prod", "prod"), Map.entry("mean", "mean"), Map.entry("max", "max"),
            Map.entry("min", "min"), Map.entry("ptp", "ptp"), Map.entry("any", "any"), Map.entry("all", "all"),
            Map.entry("count_nonzero", "countNonzero"), Map.entry("nansum", "nansum"), Map.entry("nanmean", "nanmean"),
            Map.entry("nanmax", "nanmax"), Map.entry("nanmin", "nanmin"), Map.entry("var", "var"), Map.entry("std", "std"),
            Map.entry("argmax", "argmax"), Map.entry("argmin", "argmin"), Map.entry("cumsum", "cumsum"),
            Map.entry("cumprod", "cumprod"));

    static {
        BINARY.forEach((numpy, java) -> OPS.put(numpy, c -> binary(java, c)));
        UNARY.forEach((numpy, java) -> OPS.put(numpy, c -> switch (c.form()) {
            case "out" -> invoke(c.a(0), java, c.out());
            case "out_a" -> invoke(c.a(0), java, c.a(0));
            default -> invoke(c.a(0), java);
        }));
        REDUCTIONS.forEach((numpy, java) -> OPS.put(numpy, c -> reduction(java, c)));
        OPS.put("repr", c -> c.a(0).repr());
        OPS.put("str", c -> c.a(0).toString());
        OPS.put("get", c -> c.a(0).get(decode(c.param("index"))));
        OPS.put("set", c -> c.args().get(1) instanceof NDArray v
                ? c.a(0).set(decode(c.param("index")), v)
                : c.a(0).set(decode(c.param("index")), ((Number) c.scalar(1)).doubleValue()));
        OPS.put("take", c -> c.a(0).take(c.a(1), c.axis()));
        OPS.put("concatenate", c -> Nd.concatenate(joined(c), c.axis()));
        OPS.put("stack", c -> Nd.stack(joined(c), c.axis()));
        OPS.put("sort", c -> c.a(0).sort(c.axis()));
        OPS.put("argsort", c -> c.a(0).argsort(c.axis()));
        OPS.put("reshape", c -> c.a(0).reshape(ints(c.param("shape"))));
        OPS.put("transpose", c -> c.a(0).transpose(ints(c.param("axes"))));
        OPS.put("squeeze", c -> c.a(0).squeeze(c.axis()));
        OPS.put("expand_dims", c -> c.a(0).expandDims(c.axis()));
        OPS.put("flip", c -> c.a(0).flip(c.axis()));
        OPS.put("astype", c -> c.a(0).astype(DType.of(c.param("dtype"))));
        OPS.put("where", c -> Nd.where(c.a(0), c.a(1), c.a(2)));
        OPS.put("clip", c -> c.a(0).clip(((Number) c.scalar(1)).doubleValue(), ((Number) c.scalar(2)).doubleValue()));
        OPS.put("matmul", c -> c.a(0).matmul(c.a(1)));
    }

    private static Object binary(String java, Call c) {
        Object b = c.args().get(1);
        return switch (c.form()) {
            case "new", "scalar" -> invoke(c.a(0), java, b);
            case "out", "alias" -> invoke(c.a(0), java, b, c.out());
            case "out_a" -> invoke(c.a(0), java, b, c.a(0));
            case "inplace" -> invoke(c.a(0), java + "i", b);
            default -> throw new IllegalStateException("form " + c.form());
        };
    }

    private static Object reduction(String java, Call c) {
        NDArray a = c.a(0);
        String axis = c.param("axis");
        String axes = c.param("axes");
        boolean keep = "1".equals(c.param("keepdims"));
        String ddof = c.param("ddof");
        if (axes != null) {
            int[] ax = ints(axes);
            return ddof != null ? invoke(a, java, ax, keep, Integer.parseInt(ddof)) : invoke(a, java, ax, keep);
        }
        if (axis != null) {
            int ax = Integer.parseInt(axis);
            if (ddof != null) {
                return invoke(a, java, ax, Integer.parseInt(ddof));
            }
            return keep ? invoke(a, java, ax, true) : invoke(a, java, ax);
        }
        return ddof != null ? invoke(a, java, null, false, Integer.parseInt(ddof)) : invoke(a, java);
    }

    /** Inputs of a join; string inputs are stored flat and reshaped as the generator did. */
    private static NDArray[] joined(Call c) {
        NDArray[] arrays = c.args().stream().map(NDArray.class::cast).toArray(NDArray[]::new);
        String shapes = c.param("shapes");
        if (shapes != null) {
            String[] s = shapes.split("/", -1);
            for (int i = 0; i < arrays.length; i++) {
                arrays[i] = arrays[i].reshape(Fixtures.shape(s[i]));
            }
        }
        return arrays;
    }

    // ---------------------------------------------------------------- reflection on NDArray

    private static final Map<String, Method> METHODS = new HashMap<>();

    /** {@code target.name(args)}, picking the overload by the arguments' runtime types (long/double scalars). */
    private static Object invoke(NDArray target, String name, Object... args) {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = switch (args[i]) {
                case null -> int[].class; // a null axes argument
                case NDArray x -> NDArray.class;
                case Long x -> long.class;
                case Double x -> double.class;
                case Integer x -> int.class;
                case Boolean x -> boolean.class;
                case int[] x -> int[].class;
                default -> throw new IllegalStateException("argument " + args[i]);
            };
        }
        String key = name + Arrays.toString(types);
        Method m = METHODS.computeIfAbsent(key, k -> {
            try {
                return NDArray.class.getMethod(name, types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("NDArray has no " + k, e);
            }
        });
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- decoding

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A string element: percent-encoded, '-' for the empty string. */
    private static String text(String token) {
        return token.equals("-") ? "" : decode(token);
    }

    private static int[] ints(String s) {
        return Fixtures.shape(s);
    }

    private static NDArray array(String encoded) {
        String[] p = encoded.split("\\|", -1);
        int[] shape = Fixtures.shape(p[1]);
        String values = p[2];
        if (p[0].startsWith("<U")) {
            String[] v = values.isEmpty() ? new String[0] : values.split(" ");
            String[] s = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                s[i] = text(v[i]);
            }
            return Nd.array(s).reshape(shape);
        }
        DType t = DType.of(p[0]);
        NDArray flat = t.isFloating() ? Nd.array(Fixtures.doubles(values)) : Nd.array(Fixtures.longs(values));
        return flat.astype(t).reshape(shape).copy();
    }

    private static NDArray view(NDArray base, String steps) {
        NDArray v = base;
        if (steps.isEmpty()) {
            return v;
        }
        for (String step : steps.split("&")) {
            String arg = step.substring(2);
            v = switch (step.charAt(0)) {
                case 'i' -> v.get(arg);
                case 't' -> v.transpose(ints(arg));
                case 'b' -> v.broadcastTo(ints(arg));
                default -> throw new IllegalStateException(step);
            };
        }
        return v;
    }

    private static Object scalar(String kind, String value) {
        return switch (kind) {
            case "int" -> Long.parseLong(value);
            case "float" -> Fixtures.doubles(value)[0];
            case "bool" -> value.equals("1");
            default -> throw new IllegalStateException(kind);
        };
    }

    // ---------------------------------------------------------------- comparison

    /** null when equal, else what differs. */
    private static String differs(String expected, NDArray actual, String tol) {
        String[] p = expected.split("\\|", -1);
        String dtype = actual.dtype().isString() ? actual.dtypeDescr() : actual.dtype().toString();
        if (!p[0].equals(dtype)) {
            return "dtype " + dtype + ", NumPy " + p[0];
        }
        int[] shape = Fixtures.shape(p[1]);
        if (!Arrays.equals(shape, actual.shape())) {
            return "shape " + Arrays.toString(actual.shape()) + ", NumPy " + Arrays.toString(shape);
        }
        if (actual.dtype().isString()) {
            String[] got = actual.toStringArray();
            String[] v = p[2].isEmpty() ? new String[0] : p[2].split(" ");
            for (int i = 0; i < v.length; i++) {
                if (!text(v[i]).equals(got[i])) {
                    return "element " + i + " '" + got[i] + "', NumPy '" + text(v[i]) + "'";
                }
            }
            return null;
        }
        if (actual.dtype().isFloating()) {
            double[] e = Fixtures.doubles(p[2]);
            double[] a = actual.toDoubleArray();
            boolean f32 = actual.dtype() == DType.FLOAT32;
            for (int i = 0; i < e.length; i++) {
                if (!close(e[i], a[i], tol, f32)) {
                    return "element " + i + " " + a[i] + " (" + Double.toHexString(a[i]) + "), NumPy " + e[i] + " ("
                            + Double.toHexString(e[i]) + ")" + (tol == null ? "" : " tol " + tol);
                }
            }
            return null;
        }
        long[] e = Fixtures.longs(p[2]);
        long[] a = actual.toLongArray();
        for (int i = 0; i < e.length; i++) {
            if (e[i] != a[i]) {
                return "element " + i + " " + a[i] + ", NumPy " + e[i];
            }
        }
        return null;
    }

    /**
     * Ops whose answer for a tie of -0.0 and 0.0 NumPy leaves to its loop: np.fmin(-0.0, 0.0) is
     * -0.0 for arrays of 1 to 15 float32s and 0.0 from 16 on (the SIMD loop; np.minimum gives its
     * second operand at every length, and is checked bit for bit), np.nanmin of [0.0, -0.0] is 0.0
     * where np.min of it is -0.0, and np.sort (not stable) may put either zero first. For these, tol {@code zeros} accepts either sign of a zero where NumPy has a zero; every
     * other bit must still match.
     */
    private static final java.util.Set<String> ZERO_TIES = java.util.Set.of("fmax", "fmin", "nanmax", "nanmin", "sort");

    private static boolean close(double e, double a, String tol, boolean f32) {
        if (Double.isNaN(e) || Double.isNaN(a)) {
            return Double.isNaN(e) && Double.isNaN(a);
        }
        if (Double.doubleToLongBits(e) == Double.doubleToLongBits(a)) {
            return true;
        }
        if ("zeros".equals(tol)) {
            return e == 0 && a == 0;
        }
        if (tol == null || Double.isInfinite(e) || Double.isInfinite(a)) {
            return false;
        }
        if (tol.startsWith("ulp:")) {
            // a float32 loop cast into a float64 out: its values are float32s, and so is its ulp
            boolean single = f32 || (double) (float) e == e;
            double ulp = single ? Math.ulp((float) e) : Math.ulp(e);
            return Math.abs(e - a) <= Integer.parseInt(tol.substring(4)) * ulp;
        }
        return Math.abs(e - a) <= Fixtures.doubles(tol.substring(4))[0];
    }

    private static Class<? extends RuntimeException> javaType(String numpyError, String message) {
        if (numpyError.equals("ValueError") && message.contains("read-only")) {
            return IllegalStateException.class; // CONTRIBUTING: writes to read-only arrays
        }
        return NumpyCases.javaType(numpyError);
    }

    // ---------------------------------------------------------------- the replay

    /** What went wrong in one program, or null. */
    static String replay(String[] f) {
        String op = f[1];
        Function<Call, Object> fn = OPS.get(op);
        if (fn == null) {
            return "no Java call for op " + op;
        }
        Map<String, String> params = new HashMap<>();
        if (!f[2].isEmpty()) {
            for (String kv : f[2].split(";")) {
                int eq = kv.indexOf('=');
                params.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        List<NDArray> bases = new ArrayList<>();
        for (String b : f[3].split(";")) {
            bases.add(array(b));
        }
        List<Object> args = new ArrayList<>();
        NDArray out = null;
        for (String a : f[4].split(";")) {
            String[] p = a.split("\\|", 3);
            switch (p[0]) {
                case "V" -> args.add(view(bases.get(Integer.parseInt(p[1])), p[2]));
                case "O" -> out = view(bases.get(Integer.parseInt(p[1])), p[2]);
                case "S" -> args.add(scalar(p[1], p[2]));
                default -> throw new IllegalStateException(a);
            }
        }
        String[] expect = f[5].split("\\|", 3);
        Object result;
        try {
            result = fn.apply(new Call(params, args, out));
        } catch (RuntimeException e) {
            if (!expect[0].equals("ERR")) {
                return "threw " + e + " where NumPy gave a result";
            }
            String message = decode(expect[2]);
            Class<? extends RuntimeException> type = javaType(expect[1], message);
            if (!type.isInstance(e)) {
                return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage() + ", NumPy " + expect[1] + ": "
                        + message;
            }
            // NumPy ends its broadcast error with a space ("... (2,3) (4,) "); ndvec does not
            if (!message.strip().equals(String.valueOf(e.getMessage()).strip())) {
                return "message '" + e.getMessage() + "', NumPy '" + message + "'";
            }
            return after(f, bases, null);
        }
        if (expect[0].equals("ERR")) {
            return "returned " + describe(result) + ", NumPy raised " + expect[1] + ": " + decode(expect[2]);
        }
        if (expect[0].equals("STR")) {
            String want = decode(expect[1]);
            return want.equals(result) ? after(f, bases, null) : "text\n" + result + "\nNumPy\n" + want;
        }
        String tol = params.containsKey("tol") || !ZERO_TIES.contains(op) ? params.get("tol") : "zeros";
        String d = differs(f[5].substring(3), (NDArray) result, tol);
        return d != null ? d : after(f, bases, tol);
    }

    private static String after(String[] f, List<NDArray> bases, String tol) {
        String want = f[6];
        String[] parts = want.equals("-") ? null : want.split(";");
        for (int i = 0; i < bases.size(); i++) {
            String expected = parts == null ? f[3].split(";")[i] : parts[i];
            String d = differs(expected, bases.get(i), tol);
            if (d != null) {
                return "base " + i + " afterwards: " + d;
            }
        }
        return null;
    }

    private static String describe(Object o) {
        return o instanceof NDArray a ? a.dtypeDescr() + Arrays.toString(a.shape()) : String.valueOf(o);
    }

    private static List<String[]> programs() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = DifferentialTest.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (run gen_differential_fixtures.py)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    @Test
    void everyProgramMatchesNumPy() throws IOException {
        List<String[]> programs = programs();
        assertTrue(programs.size() >= 10_000, "programs: " + programs.size());
        Map<String, List<String>> failures = new TreeMap<>();
        int failed = 0;
        for (String[] f : programs) {
            String d;
            try {
                d = replay(f);
            } catch (RuntimeException | AssertionError e) {
                d = "the harness failed: " + e;
            }
            if (d != null) {
                failed++;
                failures.computeIfAbsent(f[1], k -> new ArrayList<>()).add("#" + f[0] + " " + f[2] + " : " + d);
            }
        }
        if (failed > 0) {
            // every difference, for whoever fixes them: target/differential-failures.txt
            java.nio.file.Path report = java.nio.file.Path.of("target", "differential-failures.txt");
            java.nio.file.Files.createDirectories(report.getParent());
            java.nio.file.Files.write(report, failures.values().stream().flatMap(List::stream).toList());
            StringBuilder sb = new StringBuilder(failed + " of " + programs.size() + " programs differ from NumPy:\n");
            failures.forEach((op, list) -> {
                sb.append(op).append(": ").append(list.size()).append('\n');
                list.stream().limit(3).forEach(l -> sb.append("    ").append(l).append('\n'));
            });
            throw new AssertionError(sb.toString());
        }
    }
}
