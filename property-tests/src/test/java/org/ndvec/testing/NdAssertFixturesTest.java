package org.ndvec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Every case of {@code fixtures/testing/asserts.txt}, recorded from NumPy 2.4's numpy.testing by
 * {@code property-tests/src/test/python/gen_assert_fixtures.py}: NdAssert passes where NumPy
 * passed, and fails with NumPy's message, character for character, where NumPy failed (an
 * AssertionError, or an IllegalArgumentException where NumPy raised ValueError). Each case also
 * runs on reversed views of its inputs, which must not change the verdict or the text.
 */
class NdAssertFixturesTest {

    record Case(String name, String[] call, NDArray x, NDArray y, String result, String message) {
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = NdAssertFixturesTest.class.getResourceAsStream("/fixtures/testing/asserts.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("case ")) {
                    continue;
                }
                String name = line.substring(5);
                String[] call = r.readLine().substring(5).split(" ");
                NDArray x = array(r.readLine(), r.readLine());
                NDArray y = array(r.readLine(), r.readLine());
                String[] result = r.readLine().split(" ");
                String message = null;
                if (!result[1].equals("pass")) {
                    int n = Integer.parseInt(result[2]);
                    List<String> body = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        body.add(r.readLine());
                    }
                    message = String.join("\n", body);
                }
                cases.add(new Case(name, call, x, y, result[1], message));
            }
        }
        return cases;
    }

    private static NDArray array(String header, String dataLine) {
        String[] h = header.split(" ");
        int[] shape = new int[h.length - 2];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Integer.parseInt(h[i + 2]);
        }
        String body = dataLine.substring(4).strip();
        String[] items = body.isEmpty() ? new String[0] : body.split(" ");
        int n = items.length;
        NDArray flat = switch (h[1]) {
            case "float64" -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = Double.longBitsToDouble(Long.parseUnsignedLong(items[i], 16));
                }
                yield NDArray.wrap(d);
            }
            case "float32" -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(items[i], 16));
                }
                yield NDArray.wrap(f);
            }
            case "int64" -> NDArray.wrap(Stream.of(items).mapToLong(Long::parseLong).toArray());
            case "int32" -> NDArray.wrap(Stream.of(items).mapToInt(Integer::parseInt).toArray());
            case "bool" -> {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) {
                    b[i] = items[i].equals("1");
                }
                yield Nd.array(b);
            }
            case "str" -> Nd.array(Stream.of(items).map(NdAssertFixturesTest::text).toArray(String[]::new));
            default -> throw new IllegalStateException("dtype " + h[1]);
        };
        return flat.reshape(shape);
    }

    private static String text(String hex) {
        return hex.equals("-") ? "" : new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
    }

    private static void run(Case c, NDArray x, NDArray y) {
        String[] call = c.call();
        switch (call[0]) {
            case "allclose" -> NdAssert.assertAllclose(x, y, Double.parseDouble(call[1]), Double.parseDouble(call[2]),
                    call[3].equals("1"), text(call[4]));
            case "array_equal" -> NdAssert.assertArrayEqual(x, y, text(call[1]));
            case "array_less" -> NdAssert.assertArrayLess(x, y, text(call[1]));
            case "max_ulp" -> NdAssert.assertArrayMaxUlp(x, y, Double.parseDouble(call[1]));
            default -> throw new IllegalStateException(call[0]);
        }
    }

    private static void check(Case c, NDArray x, NDArray y) {
        try {
            run(c, x, y);
            if (!c.result().equals("pass")) {
                fail(c.name() + ": NumPy raised " + c.result() + " but NdAssert passed");
            }
        } catch (AssertionError e) {
            assertEquals("AssertionError", c.result(), () -> c.name() + ": NdAssert failed where NumPy did not:\n" + e.getMessage());
            assertEquals(c.message(), e.getMessage(), c.name());
        } catch (IllegalArgumentException e) {
            assertEquals("ValueError", c.result(), () -> c.name() + ": unexpected " + e);
            assertEquals(c.message(), e.getMessage(), c.name());
        }
    }

    @Test
    void fixturesCoverEveryAssertionBothWays() throws IOException {
        List<Case> cases = load();
        for (String f : new String[] {"allclose", "array_equal", "array_less", "max_ulp"}) {
            assertTrue(cases.stream().anyMatch(c -> c.call()[0].equals(f) && c.result().equals("pass")), f + " passing");
            assertTrue(cases.stream().anyMatch(c -> c.call()[0].equals(f) && c.result().equals("AssertionError")), f + " failing");
        }
        assertTrue(cases.stream().anyMatch(c -> c.message() != null && c.message().contains("First 5 mismatches")));
        assertTrue(cases.stream().anyMatch(c -> c.message() != null && c.message().contains("...")), "a truncated repr");
    }

    @TestFactory
    Stream<DynamicTest> reportsAsNumpyDoes() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, c.x(), c.y())));
    }

    @TestFactory
    Stream<DynamicTest> reportsTheSameFromReversedViews() throws IOException {
        return load().stream().filter(c -> c.x().ndim() == 1 && c.y().ndim() == 1)
                .map(c -> DynamicTest.dynamicTest(c.name(), () ->
                        check(c, c.x().get("::-1").copy().get("::-1"), c.y().get("::-1").copy().get("::-1"))));
    }
}
