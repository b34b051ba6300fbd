package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.io.Csv;
import org.ndvec.pipeline.MinMaxScaler;
import org.ndvec.pipeline.Standardizer;
import org.ndvec.random.ParallelRandom;
import org.ndvec.random.RandomState;

/**
 * Issue 16 item 13: every public method and constructor of the exported packages, called with
 * null in one reference parameter (and with a null element in an array of arrays or indices),
 * throws a NullPointerException whose message is that parameter's name ({@code arrays[1]} for
 * an element), as {@code Objects.requireNonNull(x, "x")} gives, never the JVM's generic text from
 * deep inside. Parameters whose contract gives null a meaning are listed in {@link #NULLABLE}.
 * The class files carry parameter names ({@code -parameters} in the build).
 */
class NullArgumentsTest {
    private static final List<String> PACKAGES = List.of("org.ndvec", "org.ndvec.io", "org.ndvec.linalg",
            "org.ndvec.pipeline", "org.ndvec.random", "org.ndvec.strings");

    /** {@code Class.method.parameter} (simple class names, nested with '.') where null is part of the contract. */
    private static final Set<String> NULLABLE = Set.of(
            // np.sum(a, axis=None): null axes are every axis
            "NDArray.sum.axes", "NDArray.prod.axes", "NDArray.mean.axes", "NDArray.max.axes", "NDArray.min.axes",
            "NDArray.ptp.axes", "NDArray.all.axes", "NDArray.any.axes", "NDArray.countNonzero.axes",
            "NDArray.nansum.axes", "NDArray.nanmean.axes", "NDArray.nanmax.axes", "NDArray.nanmin.axes",
            "NDArray.var.axes", "NDArray.std.axes",
            // strings: null stores '' (the <U dtype holds no nulls), and == None is false everywhere
            "NDArray.setString.value", "NDArray.setItem.value", "NDArray.eq.value", "NDArray.ne.value", "Nd.scalar.value", "Nd.full.value",
            "StringOps.full.value", "StringOps.equal.value",
            // np.linalg.norm(x, ord=None, axis=None)
            "Linalg.norm.ord", "Linalg.norm.axis",
            // Index.slice(None, None, -1)
            "Index.slice.start", "Index.slice.stop", "Index.slice.step",
            "Index.Slice.new.start", "Index.Slice.new.stop", "Index.Slice.new.step",
            // no targets: batches and splits of x alone
            "Minibatches.of.y", "Split.trainTestSplit.y",
            // restore the defaults
            "Csv.SaveOptions.fmt.pattern", "Csv.Options.comments.marker",
            // a null value stores '' in a string array and is refused by a numeric one
            "StringOps.store.value",
            // choice without probabilities is uniform
            "RandomState.choice.p",
            // NumPy's None arguments of the statistics and array functions: every axis, no weights,
            // no second variable, the default ddof, no prepend/append, pad's defaults, the flattened concatenate
            "Nd.average.axes", "Nd.average.weights", "Nd.averageReturned.axes", "Nd.averageReturned.weights",
            "Nd.median.axes", "Nd.nanmedian.axes", "Nd.percentile.axes", "Nd.nanpercentile.axes", "Nd.quantile.axes",
            "Nd.nanquantile.axes", "Nd.nanstd.axes", "Nd.nanvar.axes", "Nd.gradient.axes",
            "Nd.cov.y", "Nd.cov.ddof", "Nd.cov.fweights", "Nd.cov.aweights", "Nd.corrcoef.y",
            "Nd.histogram.range", "Nd.histogram.weights", "Nd.bincount.weights",
            "Nd.interp.left", "Nd.interp.right", "Nd.interp.period", "Nd.diff.prepend", "Nd.diff.append",
            "Nd.pad.statLength", "Nd.pad.values", "Nd.concatenate.axis", "Nd.searchsorted.sorter",
            // a new bool array when no out is given
            "StringComparisons.compare.out");

    @TempDir
    static Path tmp;

    /** A valid, non-null value of each parameter type the public API uses. */
    private static Object sample(Class<?> t) {
        if (t == NDArray.class) {
            return Nd.arange(6.0).reshape(2, 3);
        }
        if (t == Expr.class) {
            return Expr.of(Nd.arange(6.0).reshape(2, 3));
        }
        if (t == NDArray[].class) {
            return new NDArray[] {Nd.arange(3.0), Nd.arange(3.0)};
        }
        if (t == Index.class) {
            return Index.all();
        }
        if (t == Index[].class) {
            return new Index[] {Index.all(), Index.all()};
        }
        if (t == String.class) {
            return "0";
        }
        if (t == String[].class) {
            return new String[] {"a", "b"};
        }
        if (t == Object.class) {
            return new double[] {1, 2};
        }
        if (t == Long.class) {
            return 1L;
        }
        if (t == Integer.class) {
            return 0;
        }
        if (t == Double.class) {
            return 0.5;
        }
        if (t == Path.class) {
            return tmp.resolve("sample.bin");
        }
        if (t == InputStream.class) {
            return new ByteArrayInputStream(new byte[0]);
        }
        if (t == OutputStream.class) {
            return OutputStream.nullOutputStream();
        }
        if (t == Map.class) {
            return Map.of("a", Nd.arange(3.0));
        }
        if (t == ForkJoinPool.class) {
            return ForkJoinPool.commonPool();
        }
        if (t == RandomState.State.class) {
            return new RandomState(0).getState();
        }
        if (t == Csv.Options.class) {
            return Csv.options();
        }
        if (t == Csv.SaveOptions.class) {
            return Csv.saveOptions();
        }
        if (t == Standardizer.class) {
            return Standardizer.fit(Nd.arange(6.0).reshape(3, 2));
        }
        if (t.isEnum()) {
            return t.getEnumConstants()[0];
        }
        if (t.isArray()) {
            Class<?> c = t.getComponentType();
            Object a = java.lang.reflect.Array.newInstance(c, 1);
            java.lang.reflect.Array.set(a, 0, c.isPrimitive() ? primitive(c) : sample(c));
            return a;
        }
        if (t.isPrimitive()) {
            return primitive(t);
        }
        throw new IllegalStateException("no sample of " + t.getName() + ": add one");
    }

    private static Object primitive(Class<?> t) {
        return switch (t.getName()) {
            case "int" -> 0;
            case "long" -> 0L;
            case "double" -> 0.5;
            case "float" -> 0.5f;
            case "boolean" -> false;
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "char" -> ',';
            default -> throw new IllegalStateException(t.getName());
        };
    }

    /** An instance to call instance methods on. */
    private static final Map<Class<?>, Supplier<Object>> RECEIVERS = Map.of(
            NDArray.class, () -> Nd.arange(6.0).reshape(2, 3),
            Expr.class, () -> Expr.of(Nd.arange(6.0).reshape(2, 3)),
            Csv.Options.class, Csv::options,
            Csv.SaveOptions.class, Csv::saveOptions,
            RandomState.class, () -> new RandomState(0),
            ParallelRandom.class, () -> new ParallelRandom(0),
            Standardizer.class, () -> Standardizer.fit(Nd.arange(6.0).reshape(3, 2)),
            MinMaxScaler.class, () -> MinMaxScaler.fit(Nd.arange(6.0).reshape(3, 2)),
            org.ndvec.pipeline.QuantileBinner.class, () -> org.ndvec.pipeline.QuantileBinner.fit(Nd.arange(6.0).reshape(3, 2), 2),
            org.ndvec.pipeline.RobustScaler.class, () -> org.ndvec.pipeline.RobustScaler.fit(Nd.arange(6.0).reshape(3, 2)));

    @TestFactory
    Stream<DynamicTest> everyPublicMethodNamesTheNullParameter() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> seenParameters = new java.util.HashSet<>();
        for (Class<?> c : publicClasses()) {
            List<Executable> members = new ArrayList<>(Arrays.asList(c.getDeclaredMethods()));
            if (!c.isRecord() || c.getEnclosingClass() == Index.class || c == RandomState.State.class) {
                // other records only carry results back (their components may be null, e.g. eigvals' vectors)
                members.addAll(Arrays.asList(c.getDeclaredConstructors()));
            }
            members.sort(Comparator.comparing(Executable::toGenericString));
            for (Executable m : members) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || skipped(c, m)) {
                    continue;
                }
                Parameter[] ps = m.getParameters();
                for (int i = 0; i < ps.length; i++) {
                    Class<?> t = ps[i].getType();
                    seenParameters.add(name(c) + "." + memberName(m) + "." + ps[i].getName());
                    if (t.isPrimitive() || NULLABLE.contains(name(c) + "." + memberName(m) + "." + ps[i].getName())) {
                        continue;
                    }
                    int at = i;
                    String id = name(c) + "." + memberName(m) + Arrays.toString(m.getParameterTypes()).replace("class ", "")
                            + " " + ps[i].getName();
                    tests.add(DynamicTest.dynamicTest(id + " = null",
                            () -> expectNamed(id, c, m, at, null, ps[at].getName())));
                    if (t == NDArray[].class || t == Index[].class) {
                        Object[] withNull = (Object[]) sample(t);
                        withNull[1] = null;
                        tests.add(DynamicTest.dynamicTest(id + "[1] = null",
                                () -> expectNamed(id, c, m, at, withNull, ps[at].getName() + "[1]")));
                    }
                }
            }
        }
        assertTrue(tests.size() > 300, "found the API: " + tests.size());
        Set<String> stale = new java.util.TreeSet<>(NULLABLE);
        stale.removeAll(seenParameters);
        assertTrue(stale.isEmpty(), "NULLABLE names parameters that do not exist: " + stale);
        return tests.stream();
    }

    /** Members whose null handling is the JDK's or an exception's own. */
    private static boolean skipped(Class<?> c, Executable m) {
        String n = memberName(m);
        return n.equals("equals") // null is simply not equal
                || c.isEnum() && n.equals("valueOf") // Enum.valueOf's own "Name is null"
                || Throwable.class.isAssignableFrom(c); // exception messages may be null
    }

    private static void expectNamed(String id, Class<?> c, Executable m, int at, Object value, String expected)
            throws Exception {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = i == at ? value : sample(types[i]);
        }
        Throwable thrown = null;
        try {
            if (m instanceof Constructor<?> k) {
                k.newInstance(args);
            } else {
                Method mm = (Method) m;
                Object receiver = Modifier.isStatic(mm.getModifiers()) ? null : receiver(c);
                mm.invoke(receiver, args);
            }
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        }
        if (!(thrown instanceof NullPointerException) || !expected.equals(thrown.getMessage())) {
            throw new AssertionError(id + ": expected NullPointerException(\"" + expected + "\") but "
                    + (thrown == null ? "the call returned" : "got " + thrown), thrown);
        }
    }

    private static Object receiver(Class<?> c) {
        Supplier<Object> s = RECEIVERS.get(c);
        if (s == null) {
            throw new IllegalStateException("no receiver for " + c.getName() + ": add one");
        }
        return s.get();
    }

    private static String memberName(Executable m) {
        return m instanceof Constructor<?> ? "new" : m.getName();
    }

    /** NDArray, Csv.Options: simple names, nested ones with their enclosing class. */
    private static String name(Class<?> c) {
        return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + "." + c.getSimpleName();
    }

    /** The public classes (nested ones included) of the exported packages, from the compiled classes. */
    private static List<Class<?>> publicClasses() throws IOException {
        Path root;
        try {
            root = Path.of(NDArray.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String file = f.getFileName().toString();
                    if (!file.endsWith(".class") || file.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> c = load(pkg + "." + file.substring(0, file.length() - ".class".length()));
                    if (isPublic(c) && !c.isAnonymousClass() && !c.isSynthetic()) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NDArray.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
