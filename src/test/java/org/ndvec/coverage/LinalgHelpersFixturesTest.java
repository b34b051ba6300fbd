package org.ndvec.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * NumPy 2.4's cov, corrcoef, trace, diagonal, diag, triu, tril, tri, kron and einsum
 * ({@code coverage_fixtures.py}, area linalg_helpers). cov/corrcoef go through ndvec's GEMM and sums
 * and are compared within 8 ulps or 1e-12 absolute (NumPy: OpenBLAS, pairwise sums); float traces and
 * einsum within 4 ulps; the rest bit for bit.
 */
class LinalgHelpersFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("linalg_helpers", LinalgHelpersFixturesTest::run,
                c -> c.has("ulps") ? c.dbl("ulps") : 0.0);
    }

    static Object run(CoverageFixture c) {
        return switch (c.op()) {
            case "cov" -> Nd.cov(c.in("m"), c.inputs().get("y"), c.bool("rowvar"), c.bool("bias"),
                    c.has("ddof") ? c.integer("ddof") : null, c.inputs().get("fweights"), c.inputs().get("aweights"));
            case "corrcoef" -> Nd.corrcoef(c.in("x"), c.inputs().get("y"), c.bool("rowvar"));
            case "trace" -> Nd.trace(c.in("a"), c.integer("offset"), c.integer("axis1"), c.integer("axis2"));
            case "diagonal" -> Nd.diagonal(c.in("a"), c.integer("offset"), c.integer("axis1"), c.integer("axis2"));
            case "diag" -> Nd.diag(c.in("v"), c.integer("k"));
            case "triu" -> Nd.triu(c.in("m"), c.integer("k"));
            case "tril" -> Nd.tril(c.in("m"), c.integer("k"));
            case "tri" -> Nd.tri(c.integer("n"), c.integer("m"), c.integer("k"));
            case "kron" -> Nd.kron(c.in("a"), c.in("b"));
            case "einsum" -> {
                NDArray[] ops = new NDArray[c.integer("n")];
                for (int i = 0; i < ops.length; i++) {
                    ops[i] = c.in("op" + i);
                }
                yield Nd.einsum(URLDecoder.decode(c.str("subscripts"), StandardCharsets.UTF_8), ops);
            }
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }

    /** NumPy 2's diagonal (and diag of a matrix) is a read-only view: writes raise, the base shows through. */
    @Test
    void diagonalIsAReadOnlyView() {
        NDArray a = Nd.arange(12).reshape(3, 4);
        NDArray d = Nd.diagonal(a, 1, 0, 1);
        assertTrue(d.sharesMemory(a));
        assertFalse(d.isWriteable());
        assertThrows(IllegalStateException.class, () -> d.set(0L, 0));
        a.set(100L, 1, 2);
        assertEquals(100L, d.getLong(1));
        assertFalse(Nd.diag(a).isWriteable());
        NDArray m = Nd.diag(Nd.arange(3));
        assertTrue(m.isWriteable());
        assertFalse(m.sharesMemory(Nd.arange(3)));
    }

    /** einsum never hands back an operand, even when the subscripts only relabel it (NumPy may return a view). */
    @Test
    void einsumResultIsNewWhereNumpyMayReturnAView() {
        NDArray a = Nd.arange(6).reshape(2, 3);
        NDArray same = Nd.einsum("ij", a);
        assertFalse(Nd.sharesMemory(a, same));
        same.set(-1L, 0, 0);
        assertEquals(0L, a.getLong(0, 0));
    }
}
