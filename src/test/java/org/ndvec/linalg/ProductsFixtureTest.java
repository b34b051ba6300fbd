package org.ndvec.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** matmul/dot/inner/outer/vdot/tensordot against NumPy: shapes, dtypes, values and error texts. */
class ProductsFixtureTest {
    static Stream<Fixtures.Case> cases() {
        return Fixtures.load("products.txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesNumPy(Fixtures.Case c) {
        NDArray a = c.ins().get(0);
        NDArray b = c.ins().get(1);
        if (c.err() != null) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(c, a, b));
            assertEquals(c.err(), e.getMessage());
            return;
        }
        // integer-valued inputs: every product is exact in every dtype, so equality is the answer
        Fixtures.assertClose(c.outs().get(0), run(c, a, b), 0, 0, c.toString());
    }

    private static NDArray run(Fixtures.Case c, NDArray a, NDArray b) {
        return switch (c.op()) {
            case "matmul" -> a.matmul(b);
            case "dot" -> Nd.dot(a, b);
            case "inner" -> Nd.inner(a, b);
            case "outer" -> Nd.outer(a, b);
            case "vdot" -> Nd.vdot(a, b);
            case "tensordot" -> {
                if (!c.param().contains(";")) {
                    yield Nd.tensordot(a, b, Integer.parseInt(c.param()));
                }
                List<int[]> axes = Arrays.stream(c.param().split(";"))
                        .map(s -> Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray()).toList();
                yield Nd.tensordot(a, b, axes.get(0), axes.get(1));
            }
            default -> throw new IllegalStateException(c.op());
        };
    }
}
