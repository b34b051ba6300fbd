package org.ndvec.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Replays the call sequences of {@code fixtures/random/*.txt}, written by
 * {@code src/test/python/gen_random_fixtures.py} from NumPy's legacy RandomState, and
 * demands every value bit for bit, the dtype and shape, and the Mersenne Twister
 * position and normal cache afterwards (so the streams are still in step).
 */
class RandomStateFixtureTest {
    private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final String[] FILES = {"uniform", "normal", "randint", "permutation", "choice", "discrete", "mixed"};

    @TestFactory
    Stream<DynamicTest> numpyFixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (List<String> block : cases(file)) {
                String name = file + ": " + block.get(0).substring("case ".length());
                tests.add(DynamicTest.dynamicTest(name, () -> replay(block)));
            }
        }
        assertTrue(tests.size() >= 30, "fixtures missing: " + tests.size());
        return tests.stream();
    }

    private static List<List<String>> cases(String file) throws IOException {
        String path = "/fixtures/random/" + file + ".txt";
        String text;
        try (InputStream in = RandomStateFixtureTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing fixture " + path);
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        List<List<String>> out = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("case ")) {
                current = new ArrayList<>();
                out.add(current);
            }
            current.add(line);
        }
        return out;
    }

    private static void replay(List<String> block) {
        RandomState rs = seeded(block.get(1).split(" "));
        int stateLines = 0;
        for (String line : block.subList(2, block.size())) {
            String[] t = line.split(" ");
            if (t[0].equals("end")) {
                continue;
            }
            if (t[0].equals("state")) {
                RandomState.State st = rs.getState();
                assertEquals(Integer.parseInt(t[1]), st.pos(), "MT19937 position after the calls");
                assertEquals(t[2].equals("1"), st.hasGauss(), "cached normal flag after the calls");
                stateLines++;
                continue;
            }
            int arrow = line.indexOf(" => ");
            String call = line.substring(0, arrow);
            NDArray got = invoke(rs, call.split(" "));
            check(call, got, line.substring(arrow + 4).split(" "));
        }
        assertEquals(1, stateLines, "each case ends with a state line");
    }

    private static RandomState seeded(String[] t) {
        if (t[0].equals("seed")) {
            return new RandomState(Long.parseLong(t[1]));
        }
        long[] key = new long[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            key[i - 1] = Long.parseLong(t[i]);
        }
        return new RandomState(key);
    }

    static int[] shape(String s) {
        if (s.equals("()")) {
            return new int[0];
        }
        return Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static double[] probabilities(String s) {
        return s.equals("-") ? null : Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static NDArray arange(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return Nd.arange(n).reshape(shape);
    }

    private static NDArray invoke(RandomState rs, String[] t) {
        return switch (t[0]) {
            case "rand" -> rs.rand(shape(t[1]));
            case "random" -> rs.random(shape(t[1]));
            case "randn" -> rs.randn(shape(t[1]));
            case "standard_exponential" -> rs.standardExponential(shape(t[1]));
            case "normal" -> rs.normal(Double.parseDouble(t[1]), Double.parseDouble(t[2]), shape(t[3]));
            case "uniform" -> rs.uniform(Double.parseDouble(t[1]), Double.parseDouble(t[2]), shape(t[3]));
            case "exponential" -> rs.exponential(Double.parseDouble(t[1]), shape(t[2]));
            case "poisson" -> rs.poisson(Double.parseDouble(t[1]), shape(t[2]));
            case "binomial" -> rs.binomial(Long.parseLong(t[1]), Double.parseDouble(t[2]), shape(t[3]));
            case "randint" -> rs.randint(Long.parseLong(t[1]), Long.parseLong(t[2]), shape(t[3]), dtype(t[4]));
            case "permutation" -> rs.permutation(Integer.parseInt(t[1]));
            case "permutation_arange" -> {
                NDArray in = arange(shape(t[1]));
                NDArray before = in.copy();
                NDArray out = rs.permutation(in);
                assertArrayEquals(before.toLongArray(), in.toLongArray(), "permutation must not modify its input");
                yield out;
            }
            case "shuffle_arange" -> {
                NDArray a = arange(shape(t[1]));
                rs.shuffle(a);
                yield a;
            }
            case "choice" -> rs.choice(Integer.parseInt(t[1]), shape(t[2]), t[3].equals("T"), probabilities(t[4]));
            case "choice_arange_f8" -> {
                double[] a = new double[Integer.parseInt(t[1])];
                for (int i = 0; i < a.length; i++) {
                    a[i] = i * 0.5;
                }
                yield rs.choice(Nd.array(a), shape(t[2]), t[3].equals("T"), probabilities(t[4]));
            }
            default -> throw new IllegalArgumentException("unknown fixture op " + t[0]);
        };
    }

    private static DType dtype(String name) {
        return switch (name) {
            case "int64" -> DType.INT64;
            case "int32" -> DType.INT32;
            case "bool" -> DType.BOOL;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static void check(String call, NDArray got, String[] expect) {
        DType dtype = switch (expect[0]) {
            case "f8" -> DType.FLOAT64;
            case "i8" -> DType.INT64;
            case "i4" -> DType.INT32;
            case "b1" -> DType.BOOL;
            default -> throw new IllegalArgumentException(expect[0]);
        };
        assertEquals(dtype, got.dtype(), call + ": dtype");
        assertArrayEquals(shape(expect[1]), got.shape(), call + ": shape");
        long[] words = words(got);
        boolean full = expect[2].equals("full");
        int first = full ? 3 : 4;
        int listed = expect.length - first;
        if (full) {
            assertEquals(listed, words.length, call + ": value count");
        } else {
            long hash = 0;
            for (long w : words) {
                hash = hash * HASH_MULTIPLIER + w;
            }
            assertEquals(Long.parseUnsignedLong(expect[3], 16), hash, call + ": hash of all "
                    + words.length + " values");
        }
        for (int i = 0; i < listed; i++) {
            long want = dtype == DType.FLOAT64 ? Long.parseUnsignedLong(expect[first + i], 16)
                    : Long.parseLong(expect[first + i]);
            if (want != words[i]) {
                String detail = dtype == DType.FLOAT64
                        ? Double.longBitsToDouble(want) + " but got " + Double.longBitsToDouble(words[i])
                        : want + " but got " + words[i];
                throw new AssertionError(call + ": element " + i + " expected " + detail);
            }
        }
    }

    /** Values as 64-bit words: double bits, integers sign-extended, bools 0/1. */
    private static long[] words(NDArray a) {
        if (a.dtype() == DType.FLOAT64) {
            return Arrays.stream(a.toDoubleArray()).mapToLong(Double::doubleToRawLongBits).toArray();
        }
        if (a.dtype() == DType.BOOL) {
            boolean[] b = a.toBooleanArray();
            long[] out = new long[b.length];
            for (int i = 0; i < b.length; i++) {
                out[i] = b[i] ? 1 : 0;
            }
            return out;
        }
        return a.toLongArray();
    }
}
