package org.ndvec.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** A readable handful of NumPy 2.4 outputs, typed in from a NumPy session. */
class ArrayFormatterKnownAnswersTest {

    @Test
    void randomFloatsShowEightDigits() {
        // np.random.RandomState(1234).rand(2)
        NDArray a = Nd.array(0.1915194503788923, 0.6221087710398319);
        assertEquals("[0.19151945 0.62210877]", a.toString());
        assertEquals("array([0.19151945, 0.62210877])", a.repr());
    }

    @Test
    void wholeFloatsKeepThePoint() {
        assertEquals("[1. 2.]", Nd.array(1.0, 2.0).toString());
        assertEquals("array([0.  , 0.25, 0.5 , 0.75, 1.  ])", Nd.linspace(0, 1, 5).repr());
    }

    @Test
    void integerMatricesAlignColumns() {
        assertEquals("[[1 2 3]\n [4 5 6]]", Nd.arange(1, 7).reshape(2, 3).toString());
        assertEquals("[[ 0  1  2]\n [ 3  4  5]\n [ 6  7  8]\n [ 9 10 11]]", Nd.arange(12).reshape(4, 3).toString());
        assertEquals("array([[ 0,  1,  2],\n       [ 3,  4,  5],\n       [ 6,  7,  8],\n       [ 9, 10, 11]])",
                Nd.arange(12).reshape(4, 3).repr());
        assertEquals("[-1  0 10]", Nd.array(-1L, 0L, 10L).toString());
    }

    @Test
    void threeDimensionalBlocksAreSeparatedByABlankLine() {
        assertEquals("[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]", Nd.arange(8).reshape(2, 2, 2).toString());
        assertEquals("array([[[0., 1., 2.],\n        [3., 4., 5.]]])", Nd.arange(6.0).reshape(1, 2, 3).repr());
    }

    @Test
    void specialsAndSmallFloats() {
        assertEquals("array([ 1.5,  nan, -inf], dtype=float32)",
                NDArray.wrap(new float[] {1.5f, Float.NaN, Float.NEGATIVE_INFINITY}).repr());
        assertEquals("array([1.e-05, 1.e+00])", Nd.array(1e-5, 1.0).repr());
        assertEquals("[0.3]", Nd.array(new double[] {0.1 + 0.2}).toString());
    }

    @Test
    void zeroDimensionalAndEmpty() {
        assertEquals("5", Nd.scalar(5L).toString());
        assertEquals("array(5)", Nd.scalar(5L).repr());
        assertEquals("array(0.1, dtype=float32)", Nd.scalar(DType.FLOAT32, 0.1).repr());
        assertEquals("0.1", Nd.scalar(DType.FLOAT32, 0.1).toString());
        assertEquals("[]", Nd.zeros(0).toString());
        assertEquals("array([], dtype=float64)", Nd.zeros(0).repr());
        assertEquals("array([], shape=(0, 3), dtype=float64)", Nd.zeros(0, 3).repr());
    }

    @Test
    void longRowsWrapUnderTheReprPrefix() {
        assertEquals("array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,\n"
                        + "       17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29], dtype=int32)",
                Nd.arange(30).astype(DType.INT32).repr());
        assertEquals("array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))", Nd.arange(2000).repr());
    }

    @Test
    void scalarsPrintLikePython() {
        assertEquals("0.1", ArrayFormatter.scalarStr(0.1));
        assertEquals("1e-05", ArrayFormatter.scalarStr(1e-5));
        assertEquals("100.0", ArrayFormatter.scalarStr(100.0));
        assertEquals("0.30000000000000004", ArrayFormatter.scalarStr(0.1 + 0.2));
        assertEquals("1e+16", ArrayFormatter.scalarStr(1e16));
        assertEquals("-0.0", ArrayFormatter.scalarStr(-0.0));
        assertEquals("0.33333334", ArrayFormatter.scalarStr(1f / 3f));
        assertEquals("1e-04", ArrayFormatter.scalarStr(1e-4f));
    }
}
