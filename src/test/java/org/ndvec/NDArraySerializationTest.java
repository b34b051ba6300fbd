package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Java serialization of arrays through their serial form (NDArraySerialForm). Expected contents
 * are written out by hand from the index arithmetic (NumPy's {@code pickle} round trip gives the
 * same values), bit patterns are compared with raw bits, and corrupted streams are made by
 * patching a real stream at the documented positions of its layout.
 */
class NDArraySerializationTest {

    static byte[] serialize(Object o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] b) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b))) {
            return in.readObject();
        }
    }

    static NDArray roundTrip(NDArray a) {
        return (NDArray) roundTripObject(a);
    }

    static Object roundTripObject(Object o) {
        try {
            return deserialize(serialize(o));
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void float32KeepsEveryBitPatternIncludingNanPayloadsAndSignedZero() {
        float[] v = {1.5f, -0.0f, 0.0f, Float.NaN, Float.intBitsToFloat(0x7fc00123), Float.MIN_VALUE,
            Float.MAX_VALUE, Float.NEGATIVE_INFINITY};
        NDArray back = roundTrip(NDArray.wrap(v.clone(), 2, 4));
        assertEquals(DType.FLOAT32, back.dtype());
        assertArrayEquals(new int[] {2, 4}, back.shape());
        float[] got = back.toFloatArray();
        for (int i = 0; i < v.length; i++) {
            assertEquals(Float.floatToRawIntBits(v[i]), Float.floatToRawIntBits(got[i]), "element " + i);
        }
        assertTrue(back.isWriteable());
        assertNull(back.base());
    }

    @Test
    void float64Int32Int64AndBoolRoundTrip() {
        double[] d = {Math.PI, -0.0, Double.NaN, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300};
        NDArray f64 = roundTrip(NDArray.wrap(d.clone(), 3, 2));
        assertEquals(DType.FLOAT64, f64.dtype());
        double[] got = f64.toDoubleArray();
        for (int i = 0; i < d.length; i++) {
            assertEquals(Double.doubleToRawLongBits(d[i]), Double.doubleToRawLongBits(got[i]), "element " + i);
        }

        NDArray i32 = roundTrip(NDArray.wrap(new int[] {Integer.MIN_VALUE, -1, 0, 7, Integer.MAX_VALUE}));
        assertEquals(DType.INT32, i32.dtype());
        assertArrayEquals(new int[] {Integer.MIN_VALUE, -1, 0, 7, Integer.MAX_VALUE}, i32.toIntArray());

        NDArray i64 = roundTrip(NDArray.wrap(new long[] {Long.MIN_VALUE, -1, 1L << 53 | 1, Long.MAX_VALUE}, 2, 2));
        assertEquals(DType.INT64, i64.dtype());
        assertArrayEquals(new long[] {Long.MIN_VALUE, -1, 1L << 53 | 1, Long.MAX_VALUE}, i64.toLongArray());

        NDArray b = roundTrip(Nd.array(true, false, false, true));
        assertEquals(DType.BOOL, b.dtype());
        assertArrayEquals(new boolean[] {true, false, false, true}, b.toBooleanArray());
    }

    @Test
    void stringsKeepTheirWidthAndEveryCodePoint() {
        // "\uD83D\uDE00" is one code point (U+1F600) in two chars: <U width counts code points
        NDArray names = Nd.array("Alexander", "Bo", "\uD83D\uDE00x", "");
        NDArray back = roundTrip(names);
        assertEquals("<U9", back.dtypeDescr());
        assertEquals(List.of("Alexander", "Bo", "\uD83D\uDE00x", ""), List.of(back.get("0").item(),
                back.get("1").item(), back.get("2").item(), back.get("3").item()));
        // a slice keeps the width of its storage (<U9), as NumPy's dtype does, even holding "Bo" only
        NDArray slice = roundTrip(names.get("1:2"));
        assertEquals("<U9", slice.dtypeDescr());
        assertEquals("Bo", slice.get("0").item());
    }

    @Test
    void zeroDimensionalAndEmptyArraysRoundTrip() {
        NDArray scalar = roundTrip(Nd.array(2.5).reshape());
        assertEquals(0, scalar.ndim());
        assertEquals(2.5, scalar.itemDouble());
        NDArray empty = roundTrip(Nd.zeros(DType.FLOAT32, 0, 3));
        assertArrayEquals(new int[] {0, 3}, empty.shape());
        assertEquals(DType.FLOAT32, empty.dtype());
        NDArray rank3 = roundTrip(Nd.arange(24).reshape(2, 3, 4));
        assertArrayEquals(new int[] {2, 3, 4}, rank3.shape());
        assertEquals(23, rank3.getLong(1, 2, 3));
    }

    @Test
    void aViewSerializesAsItsContentsAndComesBackAsAnOwner() {
        NDArray a = Nd.arange(12).reshape(3, 4);
        // a[::-1, 1::2] is [[9, 11], [5, 7], [1, 3]]
        NDArray back = roundTrip(a.get("::-1, 1::2"));
        assertArrayEquals(new int[] {3, 2}, back.shape());
        assertArrayEquals(new long[] {9, 11, 5, 7, 1, 3}, back.toLongArray());
        assertTrue(back.isContiguous());
        assertNull(back.base());
        assertFalse(Nd.sharesMemory(a, back));
        // a.T is [[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]]
        assertArrayEquals(new long[] {0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11}, roundTrip(a.T()).toLongArray());
    }

    @Test
    void aSmallViewOfALargeArrayCostsOnlyItsOwnElements() {
        NDArray big = Nd.zeros(DType.FLOAT32, 1000, 1000);
        int viewBytes = serialize(big.get("5:7, 10:20")).length;
        int ownerBytes = serialize(Nd.zeros(DType.FLOAT32, 2, 10)).length;
        assertEquals(ownerBytes, viewBytes, "a 2x10 view must serialize like a 2x10 array");
    }

    @Test
    void theFormIsTheDataPlusASmallHeader() {
        int n = 10_000;
        assertCompact(serialize(Nd.zeros(DType.FLOAT32, 100, 100)).length, 4 * n);
        assertCompact(serialize(Nd.zeros(DType.FLOAT64, 100, 100)).length, 8 * n);
        assertCompact(serialize(Nd.zeros(DType.INT64, n)).length, 8 * n);
        assertCompact(serialize(Nd.zeros(DType.BOOL, n)).length, n);
    }

    /** The data bytes, a header under 100 bytes, and ObjectOutputStream's 5-byte mark per 1 KiB block (0.5%). */
    private static void assertCompact(int got, int dataBytes) {
        int hi = dataBytes + 5 * (dataBytes / 1024 + 1) + 100;
        assertTrue(got >= dataBytes && got <= hi, got + " bytes, expected between " + dataBytes + " and " + hi);
    }

    @Test
    void aBroadcastViewComesBackReadOnlyWithItsFullContents() {
        NDArray row = Nd.array(1.0, 2.0, 3.0);
        NDArray b = row.broadcastTo(2, 3);
        assertFalse(b.isWriteable());
        NDArray back = roundTrip(b);
        assertFalse(back.isWriteable(), "read-only must survive");
        assertArrayEquals(new int[] {2, 3}, back.shape());
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3}, back.toDoubleArray());
        assertArrayEquals(new long[] {24, 8}, back.strides(), "stored in full, no zero stride");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> back.set(9.0, 0, 0));
        assertEquals("assignment destination is read-only", e.getMessage());
        assertTrue(roundTrip(row).isWriteable());
    }

    @Test
    void oneArrayWrittenTwiceInAGraphIsReadBackOnce() throws Exception {
        NDArray w = Nd.ones(4, 4);
        @SuppressWarnings("unchecked")
        List<NDArray> back = (List<NDArray>) deserialize(serialize(new java.util.ArrayList<>(List.of(w, w))));
        assertSame(back.get(0), back.get(1));
    }

    @Test
    void aSerializableClosureCanCaptureAnArray() throws Exception {
        NDArray w = Nd.array(new double[][] {{1, 2}, {3, 4}});
        Supplier<NDArray> f = (Supplier<NDArray> & Serializable) () -> w.matmul(w);
        @SuppressWarnings("unchecked")
        Supplier<NDArray> back = (Supplier<NDArray>) deserialize(serialize(f));
        // [[1, 2], [3, 4]] @ itself = [[7, 10], [15, 22]]
        assertArrayEquals(new double[] {7, 10, 15, 22}, back.get().toDoubleArray());
    }

    // ------------------------------------------------------------------ corrupted streams

    /** Position of the first byte of the version field: it precedes the UTF dtype {@code descr}. */
    private static int versionAt(byte[] stream, String descr) {
        byte[] utf = descr.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + 3 + utf.length <= stream.length; i++) {
            if (stream[i] != NDArraySerialForm.VERSION || stream[i + 1] != 0 || stream[i + 2] != utf.length) {
                continue;
            }
            for (int k = 0; k < utf.length; k++) {
                if (stream[i + 3 + k] != utf[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no serial form header for " + descr);
    }

    private static InvalidObjectException refused(byte[] stream) {
        return assertThrows(InvalidObjectException.class, () -> deserialize(stream));
    }

    @Test
    void anUnknownVersionIsRefused() {
        byte[] s = serialize(Nd.zeros(DType.FLOAT32, 2, 3));
        s[versionAt(s, "<f4")] = 9;
        assertEquals("NDArray serial form version 9 is not supported (this ndvec reads version 1)",
                refused(s).getMessage());
    }

    @Test
    void aShapeThatDisagreesWithTheDataIsRefused() {
        byte[] s = serialize(Nd.zeros(DType.FLOAT32, 2, 3));
        // version(1) + descr(2 + 3) + flags(1) + ndim(1), then dims as big-endian ints (2, 3), then count 6
        int firstDim = versionAt(s, "<f4") + 1 + 5 + 1 + 1;
        assertEquals(2, s[firstDim + 3]);
        s[firstDim + 3] = 4;
        assertEquals("NDArray serial form: shape (4, 3) needs 12 elements, the stream holds 6", refused(s).getMessage());
        s[firstDim] = (byte) 0x80;
        assertTrue(refused(s).getMessage().contains("negative dimension"));
    }

    @Test
    void aTruncatedStreamAndAnUnknownDtypeAreRefused() {
        byte[] s = serialize(Nd.zeros(DType.FLOAT32, 3));
        int at = versionAt(s, "<f4");
        s[at + 5] = '8'; // "<f8": 3 doubles need 24 bytes, the stream holds 12
        assertEquals("NDArray serial form: the stream ends within the data of 3 elements (in the chunk from element 0)",
                refused(s).getMessage());
        s[at + 4] = 'c'; // "<c8": not a dtype ndvec has
        assertEquals("NDArray serial form: unknown dtype '<c8'", refused(s).getMessage());
    }

    @Test
    void unknownFlagsAndBadBoolsAndOverlongStringsAreRefused() {
        byte[] s = serialize(Nd.array(true, false));
        int at = versionAt(s, "|b1");
        s[at + 6] = 4;
        assertEquals("NDArray serial form: unknown flags 0x4", refused(s).getMessage());
        s[at + 6] = 0;
        // the bool payload (one byte per element) is the stream's last bytes before the end-of-block marker (0x78)
        assertEquals(0x78, s[s.length - 1]);
        s[s.length - 2] = 2;
        assertEquals("NDArray serial form: bool element 1 is 2, not 0 or 1", refused(s).getMessage());

        byte[] str = serialize(Nd.array("abc", "de"));
        str[versionAt(str, "<U3") + 5] = '2'; // "<U2" cannot hold "abc"
        assertEquals("NDArray serial form: string element 0 ('abc') cannot be stored in a <U2 array",
                refused(str).getMessage());
    }
}
