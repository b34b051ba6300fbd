package org.ndvec.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * {@link Nd#array2string(NDArray, int)} and {@link Nd#arrayRepr(NDArray, int)} print every case of
 * {@code fixtures/print/precision.txt} (NumPy's {@code np.array2string(a, precision=p)} and
 * {@code np.array_repr(a, precision=p)}, written by
 * {@code src/test/python/gen_print_precision_fixtures.py}) exactly as NumPy did, also from a
 * reversed view.
 */
class NumpyPrintPrecisionFixturesTest {

    @Test
    void fixturesCoverBothPrecisionsAndZeroDimensionalArrays() throws IOException {
        List<NumpyPrintFixturesTest.Case> cases = NumpyPrintFixturesTest.load("/fixtures/print/precision.txt");
        assertTrue(cases.size() > 500, "cases: " + cases.size());
        assertTrue(cases.stream().anyMatch(c -> c.name().startsWith("p0_")), "precision 0");
        assertTrue(cases.stream().anyMatch(c -> c.name().startsWith("p6_") && c.shape().length == 0), "0-d");
        // a 0-d array goes through the array formatter, not the scalar's str
        assertTrue(cases.stream().anyMatch(c -> c.shape().length == 0 && c.str().equals("1.")), "array2string of 0-d 1.0");
    }

    @TestFactory
    Stream<DynamicTest> printsAsNumpyWithTheGivenPrecision() throws IOException {
        return NumpyPrintFixturesTest.load("/fixtures/print/precision.txt").stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    int precision = Integer.parseInt(c.name().substring(1, c.name().indexOf('_')));
                    NDArray a = NumpyPrintFixturesTest.build(c);
                    assertEquals(c.str(), Nd.array2string(a, precision), () -> c.name() + " array2string");
                    assertEquals(c.repr(), Nd.arrayRepr(a, precision), () -> c.name() + " array_repr");
                    if (a.ndim() >= 1) {
                        NDArray reversed = a.get("::-1").copy().get("::-1");
                        assertEquals(c.repr(), Nd.arrayRepr(reversed, precision), () -> c.name() + " reversed view");
                    }
                }));
    }

    @Test
    void negativePrecisionIsRefusedAsNumpyRefusesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nd.array2string(Nd.array(1.0, 2.0), -1));
        assertEquals("precision must be >= 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nd.arrayRepr(Nd.array(1.0), -1));
    }
}
