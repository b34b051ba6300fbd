package org.ndvec.indexing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** {@code np.concatenate(..., out=)}: values, casting, strided and overlapping outputs, NumPy's errors. */
class ConcatenateOutTest {

    @Test
    void writesTheJoinedValuesIntoOut() {
        NDArray a = Nd.arange(6).reshape(2, 3).astype(DType.FLOAT32);
        NDArray b = Nd.arange(10, 13).reshape(1, 3).astype(DType.FLOAT32);
        NDArray out = Nd.zeros(DType.FLOAT32, 3, 3);
        assertSame(out, Nd.concatenate(new NDArray[] {a, b}, 0, out));
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 10, 11, 12}, out.toFloatArray());
        NDArray wide = Nd.zeros(DType.FLOAT32, 2, 5);
        Nd.concatenate(new NDArray[] {a, Nd.arange(20, 24).reshape(2, 2).astype(DType.FLOAT32)}, -1, wide);
        assertArrayEquals(new float[] {0, 1, 2, 20, 21, 3, 4, 5, 22, 23}, wide.toFloatArray());
    }

    @Test
    void castsSameKindIntoOutAndIntoStridedViews() {
        NDArray ints = Nd.arange(4).astype(DType.INT32);
        NDArray floats = Nd.array(0.5, 1.5);
        // a column of a Fortran-like view: out strided by 2
        NDArray buffer = Nd.zeros(DType.FLOAT64, 6, 2);
        NDArray column = buffer.get(":, 1");
        Nd.concatenate(new NDArray[] {ints, floats}, 0, column);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0, 2, 0, 3, 0, 0.5, 0, 1.5}, buffer.toDoubleArray());
        NDArray reversed = Nd.zeros(DType.FLOAT64, 6).get("::-1");
        Nd.concatenate(new NDArray[] {ints, floats}, 0, reversed);
        assertArrayEquals(new double[] {0, 1, 2, 3, 0.5, 1.5}, reversed.toDoubleArray());
    }

    @Test
    void overlappingInputsAreReadBeforeOutIsWritten() {
        NDArray a = Nd.arange(6).astype(DType.INT64);
        // a rotation: ndvec joins overlapping inputs through a temporary first. NumPy 2.4 does not
        // check overlap here and writes [3 4 5 3 4 5] (a deliberate difference, README "NumPy -> ndvec")
        Nd.concatenate(new NDArray[] {a.get("3:"), a.get(":3")}, 0, a);
        assertArrayEquals(new long[] {3, 4, 5, 0, 1, 2}, a.toLongArray());
    }

    @Test
    void numpyErrors() {
        NDArray a = Nd.arange(4).astype(DType.FLOAT64);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Nd.concatenate(new NDArray[] {a, a}, 0, Nd.zeros(DType.FLOAT64, 7)));
        assertEquals("Output array is the wrong shape", shape.getMessage());
        IllegalArgumentException cast = assertThrows(IllegalArgumentException.class,
                () -> Nd.concatenate(new NDArray[] {a, a}, 0, Nd.zeros(DType.INT32, 8)));
        assertEquals("Cannot cast array data from dtype('float64') to dtype('int32') according to the rule 'same_kind'",
                cast.getMessage());
        NDArray target = Nd.zeros(DType.FLOAT64, 8);
        NDArray readOnly = Nd.zeros(DType.FLOAT64, 1).broadcastTo(8);
        assertThrows(IllegalStateException.class, () -> Nd.concatenate(new NDArray[] {a, a}, 0, readOnly));
        assertThrows(IllegalArgumentException.class,
                () -> Nd.concatenate(new NDArray[] {a, Nd.zeros(DType.FLOAT64, 2, 2)}, 0, target));
        // a refused call writes nothing
        assertArrayEquals(new double[8], target.toDoubleArray());
    }
}
