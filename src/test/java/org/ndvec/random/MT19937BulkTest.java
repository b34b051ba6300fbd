package org.ndvec.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The bulk {@code nextDoubles} continues the very stream that {@code nextDouble} (checked against
 * NumPy's recorded sequences elsewhere) produces, from every kind of starting position: even and
 * odd word offsets, right before and across a regeneration, and over several regenerations.
 */
class MT19937BulkTest {

    @Test
    void bulkDoublesEqualOneAtATimeFromAnyPosition() {
        for (int skip : new int[] {0, 1, 2, 311, 622, 623, 624, 625, 1247}) {
            for (int n : new int[] {0, 1, 2, 311, 312, 313, 1000, 5000}) {
                MT19937 single = new MT19937();
                MT19937 bulk = new MT19937();
                single.seed(12345);
                bulk.seed(12345);
                for (int i = 0; i < skip; i++) {
                    single.nextInt();
                    bulk.nextInt();
                }
                double[] want = new double[n + 3];
                double[] got = new double[n + 3];
                for (int i = 0; i < n; i++) {
                    want[i + 2] = single.nextDouble();
                }
                bulk.nextDoubles(got, 2, n);
                assertArrayEquals(want, got, "skip " + skip + ", n " + n);
                // and both generators stand at the same place afterwards
                assertEquals(single.nextInt(), bulk.nextInt(), "next word after skip " + skip + ", n " + n);
            }
        }
    }
}
