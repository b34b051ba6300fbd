package org.ndvec.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.jqwik.Arrays;
import org.ndvec.strings.LabelEncoding;
import org.ndvec.strings.StringOps;
import org.ndvec.strings.UniqueStrings;

/** Laws of the string dtype over random string arrays and strided views of them. */
class StringProperties {

    @Provide
    Arbitrary<NDArray> stringViews() {
        return Arrays.views(DType.STRING);
    }

    /** {@code classes[codes]} rebuilds the input, and the classes are strictly increasing. */
    @Property(tries = 1000)
    void labelEncodingRoundTrips(@ForAll("stringViews") NDArray a) {
        LabelEncoding e = Nd.labelEncode(a);
        assertArrayEquals(a.toStringArray(), e.decode().toStringArray());
        assertArrayEquals(a.shape(), e.codes().shape());
        String[] classes = e.classes().toStringArray();
        for (int i = 1; i < classes.length; i++) {
            assertTrue(StringOps.CODE_POINT_ORDER.compare(classes[i - 1], classes[i]) < 0);
        }
    }

    /** counts sum to the size, and each count is the number of elements eq() finds. */
    @Property(tries = 1000)
    void countsAgreeWithEq(@ForAll("stringViews") NDArray a) {
        UniqueStrings u = Nd.uniqueStrings(a);
        long[] counts = u.counts().toLongArray();
        assertEquals(a.size(), java.util.Arrays.stream(counts).sum());
        String[] values = u.values().toStringArray();
        for (int k = 0; k < values.length; k++) {
            boolean[] hits = a.eq(values[k]).toBooleanArray();
            boolean[] misses = a.ne(values[k]).toBooleanArray();
            long n = 0;
            for (int i = 0; i < hits.length; i++) {
                assertTrue(hits[i] != misses[i]);
                n += hits[i] ? 1 : 0;
            }
            assertEquals(counts[k], n);
        }
    }

    /** A view prints as its copy and keeps the base's width. */
    @Property(tries = 1000)
    void viewsPrintAsTheirCopies(@ForAll("stringViews") NDArray a) {
        NDArray c = a.copy();
        assertEquals(c.toString(), a.toString());
        assertEquals(c.repr(), a.repr());
        assertEquals(a.dtypeDescr(), c.dtypeDescr());
    }
}
