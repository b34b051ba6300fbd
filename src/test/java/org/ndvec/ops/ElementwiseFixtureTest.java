package org.ndvec.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;
import org.ndvec.kernels.BinaryOp;
import org.ndvec.kernels.CompareOp;
import org.ndvec.kernels.Predicate;
import org.ndvec.kernels.UnaryOp;

/** Every ufunc against NumPy's answers for every dtype pair and Java scalar kind. */
class ElementwiseFixtureTest {

    @Test
    void binaryMatchesNumpy() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String[]> cases = FixtureArrays.cases("binary");
        for (String[] c : cases) {
            NDArray a = FixtureArrays.array(c[1]);
            check(failures, String.join("|", c[0], c[1], c[2]), c[3], () -> binary(c[0], a, operand(a, c[2])),
                    c[0].equals("power") ? 1 : 0);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void broadcastingMatchesNumpy() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String[] c : FixtureArrays.cases("broadcast")) {
            NDArray a = FixtureArrays.array(c[1]);
            NDArray b = FixtureArrays.array(c[2]);
            check(failures, String.join("|", c), c[3], () -> binary(c[0], a, b), 0);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void unaryMatchesNumpy() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String[]> cases = FixtureArrays.cases("unary");
        for (String[] c : cases) {
            NDArray a = FixtureArrays.array(c[1]);
            boolean transcendental = UnaryOp.valueOf(unaryName(c[0])).isFloatOnly() && !c[0].equals("rint")
                    && !c[0].equals("sqrt");
            // NumPy's own float32 SIMD transcendentals are within a few ulp; float64 ones use libm.
            int ulps = transcendental ? (c[1].startsWith("float64") || c[1].startsWith("int") ? 2 : 4) : 0;
            check(failures, c[0] + "|" + c[1], c[2], () -> unary(c[0], a), ulps);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void fixturesAreNotEmpty() throws Exception {
        assertEquals(true, FixtureArrays.cases("binary").size() > 1000);
    }

    private static void check(List<String> failures, String label, String expected, Supplier<NDArray> run, int ulps) {
        if (expected.startsWith("!")) {
            String message = expected.substring(expected.indexOf(':') + 1);
            try {
                NDArray got = run.get();
                failures.add(label + ": expected error '" + message + "', got " + got);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // NumPy's broadcast message ends in a space that layout.Broadcast leaves out.
                if (!e.getMessage().strip().equals(message.strip())) {
                    failures.add(label + ": message '" + e.getMessage() + "' != '" + message + "'");
                }
            }
            return;
        }
        try {
            String why = FixtureArrays.mismatch(expected, run.get(), ulps);
            if (why != null) {
                failures.add(label + ": " + why + " (expected " + expected + ")");
            }
        } catch (RuntimeException e) {
            failures.add(label + ": threw " + e);
        }
    }

    private static NDArray operand(NDArray a, String spec) {
        if (spec.startsWith("pyint:")) {
            return Scalars.of(a, Long.parseLong(spec.substring(6)));
        } else if (spec.startsWith("pyfloat:")) {
            return Scalars.of(a, Double.parseDouble(spec.substring(8)));
        } else if (spec.startsWith("pybool:")) {
            return Scalars.of(a, spec.endsWith("True"));
        }
        return FixtureArrays.array(spec);
    }

    static NDArray binary(String ufunc, NDArray a, NDArray b) {
        return switch (ufunc) {
            case "equal" -> Elementwise.compare(CompareOp.EQ, a, b, null);
            case "not_equal" -> Elementwise.compare(CompareOp.NE, a, b, null);
            case "less" -> Elementwise.compare(CompareOp.LT, a, b, null);
            case "less_equal" -> Elementwise.compare(CompareOp.LE, a, b, null);
            case "greater" -> Elementwise.compare(CompareOp.GT, a, b, null);
            case "greater_equal" -> Elementwise.compare(CompareOp.GE, a, b, null);
            case "logical_and" -> Elementwise.logical(BinaryOp.BITWISE_AND, a, b, null);
            case "logical_or" -> Elementwise.logical(BinaryOp.BITWISE_OR, a, b, null);
            case "logical_xor" -> Elementwise.logical(BinaryOp.BITWISE_XOR, a, b, null);
            case "true_divide" -> Elementwise.binary(BinaryOp.DIV, a, b, null);
            default -> {
                for (BinaryOp op : BinaryOp.values()) {
                    if (op.ufunc().equals(ufunc)) {
                        yield Elementwise.binary(op, a, b, null);
                    }
                }
                throw new IllegalStateException("unknown ufunc " + ufunc);
            }
        };
    }

    private static String unaryName(String ufunc) {
        return switch (ufunc) {
            case "negative" -> "NEG";
            case "absolute" -> "ABS";
            case "logical_not", "isnan", "isinf", "isfinite" -> "INVERT";
            default -> ufunc.toUpperCase(java.util.Locale.ROOT);
        };
    }

    static NDArray unary(String ufunc, NDArray a) {
        return switch (ufunc) {
            case "logical_not" -> Elementwise.logicalNot(a, null);
            case "isnan" -> Elementwise.predicate(Predicate.ISNAN, a, null);
            case "isinf" -> Elementwise.predicate(Predicate.ISINF, a, null);
            case "isfinite" -> Elementwise.predicate(Predicate.ISFINITE, a, null);
            default -> Elementwise.unary(UnaryOp.valueOf(unaryName(ufunc)), 0, a, null);
        };
    }
}
