package org.ndvec.strings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * The string dtype's model: creation, element access, views that share storage and keep the
 * base's width (NumPy's dtype belongs to the view too), storage primitives the generic
 * indexing code relies on, and the errors for numeric use. Expected values are NumPy's
 * (checked by hand in NumPy 2.4 where not from the fixtures).
 */
class StringArrayTest {
    private static final ArrayAccess ACCESS = Internals.access();

    private static NDArray names() {
        return Nd.array("Alice", "Bob", "Charlie", "Diana", "Eve", "Frank", "Grace", "Henry");
    }

    @Test
    void creationAndProperties() {
        NDArray n = names();
        assertEquals(DType.STRING, n.dtype());
        assertEquals("<U7", n.dtypeDescr());
        assertArrayEquals(new int[] {8}, n.shape());
        assertEquals(28, n.itemsize());
        assertEquals(224, n.nbytes());
        assertArrayEquals(new long[] {28}, n.strides());
        assertEquals(0, DType.STRING.itemsize(), "the unsized dtype, as np.dtype(str).itemsize");
        assertEquals(DType.STRING, DType.of("str"));
        assertEquals("float64", Nd.array(1.0, 2.0).dtypeDescr());
        assertEquals("bool", Nd.array(new boolean[] {true}).dtypeDescr());
        assertEquals("<U1", Nd.array(new String[0]).dtypeDescr(), "np.array([], dtype=str)");
        assertEquals("<U1", Nd.array("").dtypeDescr());
        assertEquals("<U2", Nd.array("😀😀").dtypeDescr(), "width counts code points, not UTF-16 units");
    }

    @Test
    void nestedAndNull() {
        NDArray a = Nd.array(new String[][] {{"a", "bbb"}, {"cc", null}});
        assertArrayEquals(new int[] {2, 2}, a.shape());
        assertEquals("<U3", a.dtypeDescr());
        assertEquals("", a.getString(1, 1), "null is stored as the empty string");
        assertEquals("[['a' 'bbb']\n ['cc' '']]", a.toString());
        NDArray three = Nd.array(new String[][][] {{{"x"}, {"yy"}}});
        assertArrayEquals(new int[] {1, 2, 1}, three.shape());
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> Nd.array(new String[][] {{"a"}, {"b", "c"}}));
        assertTrue(ragged.getMessage().contains("inhomogeneous shape after 1 dimensions"), ragged.getMessage());
        String[] source = {"p", "q"};
        NDArray copy = Nd.array(source);
        source[0] = "changed";
        assertEquals("p", copy.getString(0), "Nd.array copies");
        assertEquals(0, Nd.scalar("Alice").ndim());
        assertEquals("Alice", Nd.scalar("Alice").item());
        NDArray zeroD = Nd.array("Alice");
        assertEquals(0, zeroD.ndim(), "one String binds to array(Object): 0-d, as np.array('Alice')");
        assertEquals("array('Alice', dtype='<U5')", zeroD.repr());
    }

    @Test
    void elementAccessAndTruncation() {
        NDArray n = names();
        assertEquals("Henry", n.getString(-1));
        n.setItem(new int[] {0}, "Alexander");
        assertEquals("Alexand", n.getString(0), "<U7 keeps 7 code points");
        n.setItem(new int[] {1}, (String) null);
        assertEquals("", n.getString(1));
        n.setItem(2, 1.5);
        assertEquals("1.5", n.getString(2), "a[2] = 1.5 stores str(1.5)");
        n.setItem(3, 42L);
        assertEquals("42", n.getString(3));
        n.setItem(new int[] {4}, true);
        assertEquals("True", n.getString(4));
        assertEquals("<U7", n.dtypeDescr());
        assertThrows(IndexOutOfBoundsException.class, () -> n.getString(8));
        NDArray f = Nd.zeros(2);
        f.setItem(new int[] {0}, "2.5");
        assertEquals(2.5, f.getDouble(0), "a[0] = '2.5' parses into a float array");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> f.setItem(new int[] {1}, "abc"));
        assertEquals("could not convert string to float: 'abc'", bad.getMessage());
        assertEquals(0.0, f.getDouble(1), "a failed assignment leaves the array untouched");
    }

    @Test
    void viewsShareStorageAndWidth() {
        NDArray n = names();
        NDArray rev = n.get("::-1");
        assertTrue(rev.sharesMemory(n));
        assertEquals("['Henry' 'Grace' 'Frank' 'Eve' 'Diana' 'Charlie' 'Bob' 'Alice']", rev.toString());
        NDArray mid = n.get("1:3");
        assertEquals("<U7", mid.dtypeDescr(), "a view keeps the base's width, as its dtype does in NumPy");
        assertEquals("array(['Bob', 'Charlie'], dtype='<U7')", mid.repr());
        assertEquals("<U7", n.get("::2").copy().dtypeDescr(), "a copy keeps the width too");
        mid.setItem(new int[] {0}, "Bobby");
        assertEquals("Bobby", n.getString(1), "writes through a view reach the base");
        NDArray grid = n.reshape(2, 4);
        assertTrue(grid.sharesMemory(n));
        assertEquals("Eve", grid.T().getString(0, 1));
        assertEquals("[['Alice' 'Eve']\n ['Bobby' 'Frank']\n ['Charlie' 'Grace']\n ['Diana' 'Henry']]",
                grid.T().toString());
        NDArray flat = grid.T().ravel();
        assertFalse(flat.sharesMemory(n), "ravel of a transpose copies");
        assertArrayEquals(new String[] {"Alice", "Eve", "Bobby", "Frank", "Charlie", "Grace", "Diana", "Henry"},
                flat.toStringArray());
        NDArray b = Nd.array("x").broadcastTo(3);
        assertEquals("['x' 'x' 'x']", b.toString());
        assertThrows(IllegalStateException.class, () -> b.setItem(new int[] {0}, "y"));
        assertEquals("[['Alice' 'Bobby' 'Charlie' 'Diana' 'Eve' 'Frank' 'Grace' 'Henry']]",
                n.expandDims(0).toString());
    }

    /** The storage primitives that generic fancy/boolean indexing uses must serve strings. */
    @Test
    void storageSupportsGenericSelection() {
        NDArray n = names();
        Object dst = Buffers.allocate(DType.STRING, 4);
        assertArrayEquals(new String[] {"", "", "", ""}, (String[]) dst, "allocated strings are empty, never null");
        assertEquals(DType.STRING, Buffers.dtypeOf(dst));
        int[] mask = {1, 3, 4, 6}; // names[[False, True, False, True, True, False, True, False]]
        for (int i = 0; i < mask.length; i++) {
            Buffers.copyElement(ACCESS.data(n), mask[i], dst, i);
        }
        NDArray picked = ACCESS.wrapLike(n, dst, new int[] {4});
        assertEquals("['Bob' 'Diana' 'Eve' 'Grace']", picked.toString());
        assertEquals("<U7", picked.dtypeDescr(), "NumPy: names[mask].dtype is <U7");
        assertEquals("<U5", ACCESS.wrap(picked.toStringArray(), DType.STRING, new int[] {4}).dtypeDescr(),
                "wrap without a prototype derives the width from the data");
        Object later = Buffers.allocate(DType.STRING, 2);
        NDArray filledAfterWrapping = ACCESS.wrap(later, DType.STRING, new int[] {2});
        Buffers.copyElement(ACCESS.data(n), 2, later, 0);
        assertEquals("<U7", filledAfterWrapping.dtypeDescr(), "width follows storage filled after wrapping");
        assertEquals("<U7", filledAfterWrapping.get("1:").dtypeDescr(), "and so does a view's");
        filledAfterWrapping.setItem(new int[] {1}, "Alexander");
        assertEquals("Alexand", filledAfterWrapping.getString(1));
        NDArray target = Nd.array("abc", "de", "fgh");
        Cast.copyInto(Nd.array("Alexander", "Zed"), ACCESS.data(target), 0, new int[] {2});
        StringOps.truncateToWidth(target.get("::2"));
        assertArrayEquals(new String[] {"Ale", "de", "Zed"}, target.toStringArray(),
                "a[::2] = ['Alexander', 'Zed'] into <U3");
        String[] row = new String[3];
        Cast.row(ACCESS.data(n), 7, -3, row, 0, 1, 3);
        assertArrayEquals(new String[] {"Henry", "Eve", "Bob"}, row, "same-type strided copy");
        assertFalse(Buffers.getBoolean(new String[] {""}, 0));
        assertTrue(Buffers.getBoolean(new String[] {"False"}, 0), "a non-empty string is true");
    }

    @Test
    void numericUseIsRefusedClearly() {
        NDArray n = names();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.getDouble(0));
        assertTrue(e.getMessage().startsWith("string arrays do not support arithmetic"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> n.fill(1.0));
        assertThrows(IllegalArgumentException.class, n::toDoubleArray);
        IllegalArgumentException cast = assertThrows(IllegalArgumentException.class, () -> n.astype(DType.FLOAT64));
        assertEquals("could not convert string to float: 'Alice'", cast.getMessage());
        IllegalArgumentException notStrings = assertThrows(IllegalArgumentException.class,
                () -> Nd.array(1.0, 2.0).eq("a"));
        assertEquals("eq(String) needs a string array (dtype <U), got dtype float64", notStrings.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nd.array(1L, 2L).getString(0));
        assertThrows(IllegalArgumentException.class, () -> Nd.zeros(2).toStringArray());
    }

    @Test
    void fullAndArithmeticError() {
        NDArray f = Nd.full(new int[] {2, 2}, "ab");
        assertEquals("<U2", f.dtypeDescr());
        assertEquals("[['ab' 'ab']\n ['ab' 'ab']]", f.toString());
        assertEquals("<U1", Nd.full(new int[] {1}, "").dtypeDescr());
        assertEquals("string arrays do not support arithmetic (dtype <U2)", StringOps.noArithmetic(f).getMessage());
    }

    @Test
    void eqAgainstNullIsNeverEqual() {
        NDArray n = Nd.array("a", "");
        assertArrayEquals(new boolean[] {false, false}, n.eq((String) null).toBooleanArray(), "np.array(['a', '']) == None");
        assertArrayEquals(new boolean[] {true, true}, n.ne((String) null).toBooleanArray());
    }

    @Test
    void labelEncodingRoundTripAndErrors() {
        NDArray species = Nd.array("virginica", "setosa", "versicolor", "setosa", "virginica");
        LabelEncoding e = Nd.labelEncode(species);
        assertEquals("['setosa' 'versicolor' 'virginica']", e.classes().toString());
        assertArrayEquals(new long[] {2, 0, 1, 0, 2}, e.codes().toLongArray());
        assertArrayEquals(species.toStringArray(), Nd.labelDecode(e.classes(), e.codes()).toStringArray());
        NDArray fromInt32 = Nd.labelDecode(e.classes(), Nd.array(new int[] {1, -1}).astype(DType.INT32));
        assertArrayEquals(new String[] {"versicolor", "virginica"}, fromInt32.toStringArray());
        // strided codes (the general walk) and an offset contiguous slice (the typed loop)
        assertArrayEquals(new String[] {"virginica", "versicolor", "virginica"},
                Nd.labelDecode(e.classes(), e.codes().get("::-2")).toStringArray());
        assertArrayEquals(new String[] {"versicolor", "setosa"},
                Nd.labelDecode(e.classes(), e.codes().get("2:4")).toStringArray());
        IndexOutOfBoundsException out = assertThrows(IndexOutOfBoundsException.class,
                () -> Nd.labelDecode(e.classes(), Nd.array(new long[] {3})));
        assertEquals("index 3 is out of bounds for axis 0 with size 3", out.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nd.labelDecode(e.classes(), Nd.array(1.0, 2.0)));
        assertThrows(IllegalArgumentException.class, () -> Nd.labelDecode(Nd.array(1.0, 2.0), e.codes()));
    }

    @Test
    void itemOfStrings() {
        assertEquals("Bob", Nd.array("Bob").item());
        assertThrows(IllegalArgumentException.class, () -> Nd.array("a", "b").item());
    }
}
