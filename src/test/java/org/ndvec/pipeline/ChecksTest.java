package org.ndvec.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** NaN/infinity checks; the truth is IEEE classification of the literals written here. */
class ChecksTest {

    @Test
    void classifiesFloatsIntsAndEmptyArrays() {
        NDArray clean = Nd.array(1.0, -2.5, 0.0).reshape(3, 1);
        assertFalse(Checks.anyNan(clean));
        assertTrue(Checks.allFinite(clean));
        assertTrue(Checks.anyNan(Nd.array(1f, Float.NaN)));
        NDArray inf = Nd.array(1.0, Double.NEGATIVE_INFINITY);
        assertFalse(Checks.anyNan(inf));
        assertFalse(Checks.allFinite(inf));
        assertFalse(Checks.anyNan(Nd.arange(5)));
        assertTrue(Checks.allFinite(Nd.arange(5)));
        assertTrue(Checks.allFinite(Nd.zeros(0, 3)));
        assertThrows(IllegalArgumentException.class, () -> Checks.anyNan(Nd.array("a")));
    }

    @Test
    void requireFiniteNamesTheFirstBadElement() {
        NDArray x = Nd.array(1.0, 2.0, 3.0, Double.POSITIVE_INFINITY, Double.NaN, 6.0).reshape(2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.requireFinite(x, "X_train"));
        assertEquals("Input X_train contains infinity (first at index (1, 0)).", e.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> Checks.requireFinite(Nd.array(0.0, Double.NaN), "y"));
        assertEquals("Input y contains NaN (first at index (1,)).", n.getMessage());
        Checks.requireFinite(Nd.arange(3), "ints");
    }
}
