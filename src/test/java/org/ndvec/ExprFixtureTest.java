package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Expr} against NumPy's ufunc chain (src/test/python/expr_fixtures.py) and against the same
 * chain of separate ndvec calls. Every case must equal the ndvec chain bit for bit; against NumPy
 * the exactly rounded operations (arithmetic, sqrt, abs, min/max, where) must match bit for bit,
 * and the cases with exp or tanh within a few float32 ulps, since ndvec's transcendentals are its
 * own (within 4 ulp of the true value, as are NumPy's).
 */
class ExprFixtureTest {
    private static final Map<String, NDArray> OPERANDS = new HashMap<>();
    private static final Map<String, String[]> CASES = new HashMap<>();

    static {
        for (String[] f : Fixtures.lines("/fixtures/expr/cases.txt")) {
            NDArray a = Fixtures.array(DType.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)), f[4])
                    .reshape(Fixtures.shape(f[3]));
            if (f[0].equals("operand")) {
                OPERANDS.put(f[1], a);
            } else {
                CASES.put(f[1], f);
            }
        }
    }

    private static NDArray op(String name) {
        return OPERANDS.get(name);
    }

    private static NDArray scalar32(double v) {
        return Nd.full(new int[0], v).astype(DType.FLOAT32);
    }

    /** The fused expression, the same chain op by op, and how NumPy's answer is compared. */
    private record Case(String name, Function<Map<String, NDArray>, Expr> fused,
                        Function<Map<String, NDArray>, NDArray> chain, boolean exact, double ulps) {
    }

    private static final List<Case> ALL = List.of(
            new Case("gaussian",
                    m -> Expr.of(op("x")).mul(-0.5).mul(op("x")).exp().mul(op("c")).add(op("d")),
                    m -> op("x").mul(-0.5).mul(op("x")).exp().mul(op("c")).add(op("d")), false, 4),
            new Case("rational",
                    m -> Expr.of(op("x")).mul(op("x")).sub(2.5).mul(op("c")).div(Expr.of(op("d")).abs().add(1.0)),
                    m -> op("x").mul(op("x")).sub(2.5).mul(op("c")).div(op("d").abs().add(1.0)), true, 0),
            new Case("where_sqrt_clip",
                    m -> Expr.where(Expr.of(op("x")).gt(0.0), Expr.of(op("x")).abs().sqrt(),
                            Expr.of(op("x")).clip(-1.5, 1.0)),
                    m -> Nd.where(op("x").gt(0.0), op("x").abs().sqrt(), op("x").clip(-1.5, 1.0)), true, 0),
            new Case("tanh_max",
                    m -> Expr.of(op("x")).tanh().mul(0.5).add(Expr.of(op("x")).maximum(0.0)),
                    m -> op("x").tanh().mul(0.5).add(op("x").maximum(0.0)), false, 4),
            new Case("rsub_rdiv",
                    m -> Expr.of(op("x")).rsub(1.0).div(op("c")).sub(Expr.of(op("d")).rdiv(2.0)),
                    m -> scalar32(1.0).sub(op("x")).div(op("c")).sub(scalar32(2.0).div(op("d"))), true, 0),
            new Case("mixed_f32_f64",
                    m -> Expr.of(op("x")).mul(2.0).add(op("x64")),
                    m -> op("x").mul(2.0).add(op("x64")), true, 0),
            new Case("int_times_float",
                    m -> Expr.of(op("i")).mul(1.5).add(op("d")),
                    m -> op("i").mul(1.5).add(op("d")), true, 0),
            new Case("int_times_int",
                    m -> Expr.of(op("i")).mul(op("i")).sub(op("i")),
                    m -> op("i").mul(op("i")).sub(op("i")), true, 0),
            new Case("minimum_neg_square",
                    m -> Expr.of(op("x")).neg().minimum(Expr.of(op("d")).square()),
                    m -> op("x").neg().minimum(op("d").square()), true, 0));

    @Test
    void everyFixtureCaseHasAJavaTwin() {
        assertEquals(CASES.keySet(), new java.util.HashSet<>(ALL.stream().map(Case::name).toList()));
    }

    @Test
    void fusedEqualsTheNdvecChainBitForBit() {
        for (Case c : ALL) {
            NDArray fused = c.fused().apply(OPERANDS).eval();
            NDArray chain = c.chain().apply(OPERANDS);
            assertEquals(chain.dtype(), fused.dtype(), c.name());
            assertArrayEquals(chain.shape(), fused.shape(), c.name());
            Fixtures.assertValues(hexes(chain), fused, c.name() + " against the ndvec chain");
        }
    }

    @Test
    void fusedMatchesNumpy() {
        for (Case c : ALL) {
            String[] f = CASES.get(c.name());
            NDArray fused = c.fused().apply(OPERANDS).eval();
            assertEquals(f[2], fused.dtype().toString(), c.name() + ": dtype as NumPy's");
            assertArrayEquals(Fixtures.shape(f[3]), fused.shape(), c.name() + ": shape as NumPy's");
            if (c.exact()) {
                Fixtures.assertValues(f[4], fused, c.name() + " against NumPy");
                continue;
            }
            double[] want = Fixtures.doubles(f[4]);
            double[] got = fused.toDoubleArray();
            for (int k = 0; k < want.length; k++) {
                if (Double.isNaN(want[k]) || Double.isInfinite(want[k])) {
                    assertEquals(want[k], got[k], c.name() + " element " + k);
                    continue;
                }
                // the transcendental's few-ulp error, at the magnitude of the terms added (|c| + |d| or 1 + |x|)
                double scale = Math.max(Math.abs(want[k]), 2.0 + Math.abs(op("x").toDoubleArray()[k]));
                double allowed = c.ulps() * Math.ulp((float) scale);
                assertTrue(Math.abs(got[k] - want[k]) <= allowed, c.name() + " element " + k + ": " + got[k]
                        + " vs NumPy " + want[k]);
            }
        }
    }

    private static String hexes(NDArray a) {
        StringBuilder sb = new StringBuilder();
        if (a.dtype().isFloating()) {
            for (double v : a.toDoubleArray()) {
                sb.append(sb.isEmpty() ? "" : " ").append(Double.isNaN(v) ? "nan" : Double.isInfinite(v)
                        ? (v > 0 ? "inf" : "-inf") : Double.toHexString(v));
            }
        } else {
            for (long v : a.toLongArray()) {
                sb.append(sb.isEmpty() ? "" : " ").append(v);
            }
        }
        return sb.toString();
    }
}
