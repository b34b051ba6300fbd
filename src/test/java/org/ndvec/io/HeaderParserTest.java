package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ndvec.DType;

/**
 * The header dict parser on its own. Which texts are valid is Python's call: every accepted
 * spelling here is one {@code ast.literal_eval} reads as the same dict, every refused one is
 * either not a Python literal or not a valid header.
 */
class HeaderParserTest {

    private static NpyHeader parse(String text) {
        return HeaderParser.parse(text, false);
    }

    @Test
    void readsNumpysOwnSpelling() {
        NpyHeader h = parse("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }" + " ".repeat(20) + "\n");
        assertEquals("<f8", h.descr());
        assertEquals(DType.FLOAT64, h.type().dtype());
        assertEquals(ByteOrder.LITTLE_ENDIAN, h.type().order());
        assertEquals(false, h.fortranOrder());
        assertArrayEquals(new int[] {3, 4}, h.shape());
        assertEquals(96, h.dataBytes());
    }

    @Test
    void acceptsPythonEquivalents() {
        String[] same = {
            "{'shape':(3,4),'descr':'>i4','fortran_order':True}",
            "{\"descr\": \">i4\", \"fortran_order\": True, \"shape\": (3, 4,)}",
            "\t{ 'descr' : '>i4' ,\n'fortran_order' : True , 'shape' : ( 3 , 4 ) , }\n\n",
            "{'descr': '>i4', 'fortran_order': True, 'shape': (+3, 4)}",
        };
        for (String text : same) {
            NpyHeader h = parse(text);
            assertEquals(DType.INT32, h.type().dtype(), text);
            assertEquals(ByteOrder.BIG_ENDIAN, h.type().order(), text);
            assertEquals(true, h.fortranOrder(), text);
            assertArrayEquals(new int[] {3, 4}, h.shape(), text);
        }
    }

    @Test
    void zeroDimAndOneDimShapes() {
        assertArrayEquals(new int[0], parse("{'descr': '|b1', 'fortran_order': False, 'shape': ()}").shape());
        assertArrayEquals(new int[] {5}, parse("{'descr': '|b1', 'fortran_order': False, 'shape': (5,)}").shape());
        assertArrayEquals(new int[] {5}, parse("{'descr': '|b1', 'fortran_order': False, 'shape': ((5),)}").shape());
    }

    @Test
    void longSuffixOnlyWhereNumpyAcceptsIt() {
        String py2 = "{'descr': '<f8', 'fortran_order': False, 'shape': (3L, 4L), }";
        assertArrayEquals(new int[] {3, 4}, HeaderParser.parse(py2, true).shape());
        assertThrows(IllegalArgumentException.class, () -> HeaderParser.parse(py2, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "{'descr': '<f8', 'fortran_order': False, 'shape': (True,)};shape is not valid: (True,)",
        "{'descr': '<f8', 'fortran_order': False, 'shape': None};shape is not valid: None",
        "{'descr': '<f8', 'fortran_order': None, 'shape': (1,)};fortran_order is not a valid bool: None",
        "{'descr': '<f8', 'fortran_order': 'False', 'shape': (1,)};fortran_order is not a valid bool: 'False'",
        "{'descr': 8, 'fortran_order': False, 'shape': (1,)};descr is not a valid dtype descriptor: 8",
        "{'descr': '<f8', 'fortran_order': Falsey, 'shape': (1,)};expected a Python literal",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1,) x};expected ',' or '}'",
        "{'descr': '<f8, 'fortran_order': False, 'shape': (1,)};expected ',' or '}' at offset 17",
        "{'descr' '<f8', 'fortran_order': False, 'shape': (1,)};expected ':' at offset 9",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1 2)};expected ',' or ')'",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1,)}};unexpected text after the dict",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 3: 4};dict key is not a str: 3",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (12a,)};malformed integer",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (-,)};expected digits",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (123456789012345678901,)};integer literal too long",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (2147483648,)};is larger than one Java array can hold",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (0, 2147483648)};is larger than one Java array can hold",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (65536, 65536)};array is too big",
        "{'descr': '<f8', 'fortran_order': False;unexpected end of header",
        "'descr';expected '{'",
        ";unexpected end of header",
        "{'descr': '<f16', 'fortran_order': False, 'shape': (1,)};unsupported descr '<f16'",
        "{'descr': '<M8[ns]', 'fortran_order': False, 'shape': (1,)};unsupported descr '<M8[ns]'",
        "{'descr': '|S3', 'fortran_order': False, 'shape': (1,)};unsupported descr '|S3'",
        "{'descr': '<U', 'fortran_order': False, 'shape': (1,)};unsupported descr '<U'",
        "{'descr': '<U3x', 'fortran_order': False, 'shape': (1,)};unsupported descr '<U3x'",
        "{'descr': '<U4294967296', 'fortran_order': False, 'shape': (1,)};unsupported descr '<U4294967296'",
        "{'descr': '', 'fortran_order': False, 'shape': (1,)};unsupported descr ''",
        "{'descr': '<O8', 'fortran_order': False, 'shape': (1,)};is an object array",
    })
    void refuses(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text == null ? "" : text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().startsWith("Npy: "), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "{'descr': '<f8', 'fortran_order': False, 'shape': " + "(".repeat(5000) + ")".repeat(5000) + "}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(deep));
        assertTrue(e.getMessage().contains("nesting deeper than"), e.getMessage());
    }

    @Test
    void stringEscapesAndQuotingInMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("{'descr': 'a\\'b\\n\u0001', 'fortran_order': False, 'shape': (1,)}"));
        // repr("a'b\n\x01") in Python: double quotes around a single quote, escapes for controls
        assertTrue(e.getMessage().contains("unsupported descr \"a'b\\n\\x01\""), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "|b1, BOOL", "<b1, BOOL", ">b1, BOOL", "?, BOOL", "b1, BOOL",
        "<i4, INT32", ">i4, INT32", "<i8, INT64", ">i8, INT64", "<f4, FLOAT32", ">f4, FLOAT32",
        "<f8, FLOAT64", ">f8, FLOAT64", "=f8, FLOAT64", "|f8, FLOAT64", "f8, FLOAT64",
    })
    void descrsNumpyReadsAsOurDtypes(String descr, DType dtype) {
        Descr d = Descr.parse(descr);
        assertEquals(dtype, d.dtype());
        ByteOrder expected = descr.startsWith("<") ? ByteOrder.LITTLE_ENDIAN
                : descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder();
        assertEquals(expected, d.order());
    }
}
