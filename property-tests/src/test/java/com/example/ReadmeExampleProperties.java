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
import org.ndvec.jqwik.Arrays;
import org.ndvec.jqwik.Shapes;

/**
 * A user's property suite, outside org.ndvec and written only against the published API, as
 * the README's "Property testing your own code" shows it: if the README's example stops
 * compiling or passing, this class does too.
 */
class ReadmeExampleProperties {
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
