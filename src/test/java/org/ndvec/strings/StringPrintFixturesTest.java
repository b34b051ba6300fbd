package org.ndvec.strings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Strings;

/**
 * Every string array in {@code fixtures/strings/arrays.txt} (from real NumPy) prints exactly as
 * NumPy's {@code str} and {@code repr}, contiguous and through strided views.
 */
class StringPrintFixturesTest {

    private static NDArray build(StringFixtures.PrintCase c) {
        return Internals.access().wrapString(c.data().clone(), c.width(), c.shape().clone());
    }

    private static void check(StringFixtures.PrintCase c, NDArray a) {
        assertEquals(DType.STRING, a.dtype());
        assertEquals("<U" + c.width(), a.dtypeDescr(), c.name());
        assertEquals(c.str(), a.toString(), () -> c.name() + " str");
        assertEquals(c.repr(), a.repr(), () -> c.name() + " repr");
    }

    @Test
    void fixturesCoverTheCasesTheyClaim() {
        List<StringFixtures.PrintCase> cases = StringFixtures.printCases();
        assertTrue(cases.size() >= 30, "cases: " + cases.size());
        assertTrue(cases.stream().anyMatch(c -> c.str().contains("...")), "no summarized case");
        assertTrue(cases.stream().anyMatch(c -> c.shape().length == 3), "no 3-d case");
        assertTrue(cases.stream().anyMatch(c -> c.shape().length == 1 && c.str().contains("\n")), "no wrapped row");
        assertTrue(cases.stream().anyMatch(c -> c.repr().contains("\\u200b")), "no escaped code point");
    }

    @TestFactory
    Stream<DynamicTest> contiguous() {
        return StringFixtures.printCases().stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, build(c))));
    }

    @TestFactory
    Stream<DynamicTest> reversedAndTransposedViews() {
        return StringFixtures.printCases().stream().filter(c -> c.shape().length >= 1)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    check(c, build(c).get("::-1").copy().get("::-1"));
                    if (c.shape().length >= 2) {
                        check(c, build(c).T().copy().T());
                    }
                }));
    }

    /** Arrays built from Java strings get NumPy's width: the longest element, at least 1. */
    @TestFactory
    Stream<DynamicTest> creationGivesNumpysWidth() {
        return StringFixtures.printCases().stream()
                .filter(c -> c.data().length > 0 && Strings.widthOf(c.data()) == c.width())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    NDArray a = c.shape().length == 0 ? org.ndvec.Nd.scalar(c.data()[0])
                            : org.ndvec.Nd.array(c.data()).reshape(c.shape());
                    check(c, a);
                }));
    }

    @Test
    void seedTourNames() {
        NDArray names = org.ndvec.Nd.array("Alice", "Bob", "Charlie", "Diana", "Eve", "Frank", "Grace", "Henry");
        assertEquals("Names: ['Alice' 'Bob' 'Charlie' 'Diana' 'Eve' 'Frank' 'Grace' 'Henry']", "Names: " + names);
        assertFalse(names.repr().isEmpty());
        assertEquals(7 * 4, names.itemsize());
        assertEquals(8L * 7 * 4, names.nbytes());
    }
}
