package org.ndvec.coverage;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * NumPy 2.4 on string arrays ({@code coverage_fixtures.py}, area strings): sort and argsort in
 * code-point order (astral characters after U+FFFF), the six comparison operators between string
 * arrays with broadcasting and against numbers, where with string branches, concatenate and stack of
 * strings with numbers (NumPy's widths and str() of each number), triu of strings. Exact.
 */
class StringsFixturesTest {

    @TestFactory
    Stream<DynamicTest> numpyAnswers() {
        return CoverageFixture.replay("strings", StringsFixturesTest::run, c -> 0.0);
    }

    static Object run(CoverageFixture c) {
        return switch (c.op()) {
            case "sort" -> c.in("a").sort(c.integer("axis"));
            case "argsort" -> c.in("a").argsort(c.integer("axis"));
            case "compare" -> {
                NDArray a = c.in("a");
                NDArray b = c.in("b");
                yield switch (c.str("op")) {
                    case "eq" -> a.eq(b);
                    case "ne" -> a.ne(b);
                    case "lt" -> a.lt(b);
                    case "le" -> a.le(b);
                    case "gt" -> a.gt(b);
                    default -> a.ge(b);
                };
            }
            case "where" -> Nd.where(c.in("c"), c.in("x"), c.in("y"));
            case "concatenate" -> Nd.concatenate(numbered(c), c.integer("axis"));
            case "stack" -> Nd.stack(numbered(c), c.integer("axis"));
            case "triu" -> Nd.triu(c.in("m"), c.integer("k"));
            default -> throw new IllegalStateException("unknown op " + c.op());
        };
    }

    private static NDArray[] numbered(CoverageFixture c) {
        java.util.List<NDArray> out = new java.util.ArrayList<>();
        for (int i = 0; c.inputs().containsKey("a" + i); i++) {
            out.add(c.in("a" + i));
        }
        return out.toArray(new NDArray[0]);
    }
}
