package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.ArrayStatistics;
import org.ndvec.jqwik.Arrays;
import org.ndvec.jqwik.Between;
import org.ndvec.jqwik.DTypes;
import org.ndvec.jqwik.Finite;
import org.ndvec.jqwik.Layout;
import org.ndvec.jqwik.Rank;
import org.ndvec.jqwik.Shapes;
import org.ndvec.jqwik.Sides;
import org.ndvec.testing.NdAssert;

/**
 * A user's property suite, outside org.ndvec and written only against the published API, as
 * the README's "Property testing your own code" shows it: if the README's example stops
 * compiling or passing, this class does too.
 */
class ReadmeExampleProperties {
    // README: the annotated @ForAll example
    @Property(tries = 1000)
    void centeredColumnsHaveMeanZero(@ForAll @Finite @Between(min = -1e3, max = 1e3) @Rank(min = 2, max = 2)
                                     @Sides(min = 2) @DTypes({DType.FLOAT32, DType.FLOAT64}) NDArray x) {
        ArrayStatistics.collect(x);              // dtype, rank, layout, size, writeable
        NDArray x64 = x.astype(DType.FLOAT64);
        NDArray centered = x64.sub(x64.mean(0));
        NdAssert.assertAllclose(centered.mean(0), Nd.zeros(x.shape(1)), 0, 1e-9);
    }

    // README: the fluent arbitrary
    @Provide
    Arbitrary<NDArray> features() {
        return Arrays.float64s().finite().between(-1e3, 1e3).ranks(2, 2).sides(1, 6)
                .layouts(Layout.NON_CONTIGUOUS);
    }

    @Property(tries = 300)
    void featuresAreWhatTheFluentCallAsks(@ForAll("features") NDArray x) {
        assertArrayEquals(new int[] {2}, new int[] {x.ndim()});
        for (double v : x.toDoubleArray()) {
            if (!(v >= -1e3 && v <= 1e3)) {
                throw new AssertionError("out of range: " + v);
            }
        }
    }

    // README: NdAssert's report
    @net.jqwik.api.Example
    void allcloseReportsAsTheReadmeShows() {
        try {
            NdAssert.assertAllclose(Nd.array(1.0, 2.0, 3.0), Nd.array(1.0, 2.0, 4.0));
            throw new IllegalStateException("no AssertionError");
        } catch (AssertionError e) {
            String readme = """

                    Not equal to tolerance rtol=1e-07, atol=0

                    Mismatched elements: 1 / 3 (33.3%)
                    Mismatch at index:
                     [2]: 3.0 (ACTUAL), 4.0 (DESIRED)
                    Max absolute difference among violations: 1.
                    Max relative difference among violations: 0.25
                     ACTUAL: array([1., 2., 3.])
                     DESIRED: array([1., 2., 4.])""";
            org.junit.jupiter.api.Assertions.assertEquals(readme, e.getMessage());
        }
    }

    @Provide
    Arbitrary<NDArray> columns() {
        return Arrays.views(DType.FLOAT64);        // any layout, edge values included
    }

    @Property(tries = 1000)
    void copyKeepsEveryValue(@ForAll("columns") NDArray x) {
        NDArray c = x.copy();
        assertArrayEquals(x.toDoubleArray(), c.toDoubleArray());
    }

    @Provide
    Arbitrary<NDArray[]> pairs() {
        return Shapes.broadcastablePair().flatMap(s -> Combinators.combine(
                Arrays.of(DType.FLOAT32, s[0]), Arrays.of(DType.FLOAT32, s[1])).as((a, b) -> new NDArray[] {a, b}));
    }

    @Property(tries = 1000)
    void addBroadcasts(@ForAll("pairs") NDArray[] ab) {
        assertArrayEquals(Nd.broadcastShapes(ab[0].shape(), ab[1].shape()), ab[0].add(ab[1]).shape());
    }

    @Provide
    Arbitrary<NDArray> anyView() {
        return Arrays.views();
    }

    @Property(tries = 1000)
    void copyEqualsView(@ForAll("anyView") NDArray v) {
        assertArrayEquals(v.toDoubleArray(), v.copy().toDoubleArray());
    }
}
