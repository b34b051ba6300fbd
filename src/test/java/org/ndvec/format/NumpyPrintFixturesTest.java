package org.ndvec.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;

/**
 * Every array in {@code fixtures/print/arrays.txt} (written by
 * {@code src/test/python/gen_print_fixtures.py} from real NumPy) must print exactly as NumPy
 * printed it, both as {@code str} and {@code repr}, whatever its memory layout: each case is
 * also printed as a transposed copy transposed back and as a reversed copy reversed back.
 */
class NumpyPrintFixturesTest {

    record Case(String name, DType dtype, int[] shape, Object data, String str, String repr) {
    }

    static List<Case> load() throws IOException {
        return load("/fixtures/print/arrays.txt");
    }

    /** The cases of a fixture file in the print/arrays.txt format. */
    static List<Case> load(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = NumpyPrintFixturesTest.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("case ")) {
                    continue;
                }
                String name = line.substring(5);
                DType dtype = DType.of(field(r.readLine(), "dtype").strip());
                String shapeText = field(r.readLine(), "shape").strip();
                int[] shape = shapeText.isEmpty() ? new int[0]
                        : Stream.of(shapeText.split(" ")).mapToInt(Integer::parseInt).toArray();
                String dataText = field(r.readLine(), "data").strip();
                String[] items = dataText.isEmpty() ? new String[0] : dataText.split(" ");
                String str = block(r, "str");
                String repr = block(r, "repr");
                cases.add(new Case(name, dtype, shape, parse(dtype, items), str, repr));
            }
        }
        return cases;
    }

    private static String field(String line, String tag) {
        if (!line.equals(tag) && !line.startsWith(tag + " ")) {
            throw new IllegalStateException("expected " + tag + ": " + line);
        }
        return line.substring(tag.length());
    }

    private static String block(BufferedReader r, String tag) throws IOException {
        int n = Integer.parseInt(field(r.readLine(), tag).strip());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(r.readLine());
        }
        return String.join("\n", lines);
    }

    private static Object parse(DType dtype, String[] items) {
        int n = items.length;
        return switch (dtype) {
            case FLOAT64 -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = Double.longBitsToDouble(Long.parseUnsignedLong(items[i], 16));
                }
                yield d;
            }
            case FLOAT32 -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(items[i], 16));
                }
                yield f;
            }
            case INT64 -> Stream.of(items).mapToLong(Long::parseLong).toArray();
            case INT32 -> Stream.of(items).mapToInt(Integer::parseInt).toArray();
            case BOOL -> {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) Integer.parseInt(items[i]);
                }
                yield b;
            }
            case STRING -> throw new IllegalArgumentException("string cases live in fixtures/strings");
        };
    }

    @Test
    void fixturesCoverTheCasesTheyClaim() throws IOException {
        List<Case> cases = load();
        assertTrue(cases.size() > 300, "fixture cases: " + cases.size());
        assertTrue(cases.stream().anyMatch(c -> c.str().contains("...")), "no summarized case");
        assertTrue(cases.stream().anyMatch(c -> c.shape().length == 4), "no 4-d case");
        assertTrue(cases.stream().anyMatch(c -> c.repr().contains("\n      dtype=")
                || c.repr().contains("\n      shape=")), "no repr whose extras wrap");
    }

    @TestFactory
    Stream<DynamicTest> contiguous() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, build(c))));
    }

    @TestFactory
    Stream<DynamicTest> transposedView() throws IOException {
        return load().stream().filter(c -> c.shape().length >= 2)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    NDArray view = build(c).T().copy().T();
                    assertTrue(!view.isContiguous() || view.size() <= 1 || hasUnitDim(c.shape()), "expected a strided view");
                    check(c, view);
                }));
    }

    @TestFactory
    Stream<DynamicTest> reversedView() throws IOException {
        return load().stream().filter(c -> c.shape().length >= 1)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, build(c).get("::-1").copy().get("::-1"))));
    }

    private static boolean hasUnitDim(int[] shape) {
        int big = 0;
        for (int d : shape) {
            big += d > 1 ? 1 : 0;
        }
        return big <= 1;
    }

    static NDArray build(Case c) {
        return Internals.access().wrap(c.data(), c.dtype(), c.shape().clone());
    }

    private static void check(Case c, NDArray a) {
        assertEquals(c.str(), a.toString(), () -> c.name() + " str");
        assertEquals(c.repr(), a.repr(), () -> c.name() + " repr");
    }
}
