package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code Nd.array} of one Java scalar is a 0-d array of that scalar's NumPy type. Expected texts
 * from NumPy 2.4: {@code repr(np.array(np.float32(0.1)))} and {@code repr(np.array(0.1))}.
 */
class ScalarArrayTest {

    @Test
    void aJavaFloatIsA0dFloat32() {
        NDArray a = Nd.array(0.1f);
        assertEquals(DType.FLOAT32, a.dtype());
        assertEquals(0, a.ndim());
        assertEquals(0.10000000149011612, ((Number) a.item()).doubleValue(), 0.0);
        assertEquals("array(0.1, dtype=float32)", a.repr());
    }

    @Test
    void aJavaDoubleIsA0dFloat64() {
        NDArray a = Nd.array(0.1);
        assertEquals(DType.FLOAT64, a.dtype());
        assertEquals(0, a.ndim());
        assertEquals("array(0.1)", a.repr());
    }
}
