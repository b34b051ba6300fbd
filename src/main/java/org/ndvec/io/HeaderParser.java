package org.ndvec.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.ndvec.layout.Shapes;

/**
 * A strict parser of the header dict of a {@code .npy} file, the Python literal
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}.
 *
 * <p>NumPy reads it with {@code ast.literal_eval}; we accept the subset of Python literals that
 * a valid header can hold: str (single or double quoted), {@code True}/{@code False}/{@code None},
 * decimal ints, tuples and lists, spaces/tabs/newlines between tokens, and trailing commas. The
 * keys {@code descr}, {@code fortran_order} and {@code shape} must each appear exactly once, in
 * any order, and nothing but whitespace may follow the closing brace. Like NumPy, files of
 * versions 1.0 and 2.0 may carry Python 2's {@code L} suffix on ints ({@code (3L, 4L)}).
 *
 * <p>Values are parsed generically first and then checked, so an error can quote the offending
 * value as written (a structured descr such as {@code [('x', '<f8')]} is named, not just refused).
 */
final class HeaderParser {
    /** Deeper nesting than this cannot be a header NumPy writes; it only guards the recursion. */
    private static final int MAX_DEPTH = 32;

    /** A Python tuple, kept apart from a list because a shape must be a tuple. */
    private record Tuple(List<Object> items) {
    }

    /** Python's None. */
    private static final Object NONE = new Object();

    private final String s;
    private final boolean longSuffix;
    private int pos;

    private HeaderParser(String s, boolean longSuffix) {
        this.s = s;
        this.longSuffix = longSuffix;
    }

    /**
     * Parses and validates a header dict.
     *
     * @param header     the decoded header text (padding and final newline included)
     * @param longSuffix accept Python 2 long literals ({@code 3L}), as NumPy does for 1.0 and 2.0
     */
    static NpyHeader parse(String header, boolean longSuffix) {
        return new HeaderParser(header, longSuffix).dict();
    }

    private NpyHeader dict() {
        String descr = null;
        Boolean fortran = null;
        int[] shape = null;
        List<String> keys = new ArrayList<>();
        skipSpace();
        expect('{');
        skipSpace();
        while (peek() != '}') {
            int keyAt = pos;
            Object key = value(0);
            if (!(key instanceof String k)) {
                throw error("dict key is not a str: " + s.substring(keyAt, pos), keyAt);
            }
            if (keys.contains(k)) {
                throw error("duplicate key " + Python.repr(k), keyAt);
            }
            keys.add(k);
            skipSpace();
            expect(':');
            skipSpace();
            int valueAt = pos;
            Object v = value(0);
            String raw = s.substring(valueAt, pos);
            switch (k) {
                case "descr" -> descr = descr(v, raw);
                case "fortran_order" -> fortran = fortranOrder(v, raw);
                case "shape" -> shape = shape(v, raw);
                default -> { }
            }
            skipSpace();
            if (peek() == ',') {
                pos++;
                skipSpace();
            } else if (peek() != '}') {
                throw error("expected ',' or '}'", pos);
            }
        }
        pos++;
        skipSpace();
        if (pos < s.length()) {
            throw error("unexpected text after the dict", pos);
        }
        if (descr == null || fortran == null || shape == null || keys.size() != 3) {
            List<String> sorted = new ArrayList<>(keys);
            sorted.sort(null);
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < sorted.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(Python.repr(sorted.get(i)));
            }
            throw new IllegalArgumentException("Npy: Header does not contain the correct keys: " + sb
                    + "]; expected 'descr', 'fortran_order' and 'shape'");
        }
        return new NpyHeader(descr, Descr.parse(descr), fortran, shape);
    }

    private static String descr(Object v, String raw) {
        if (v instanceof String d) {
            return d;
        }
        if (v instanceof List<?>) {
            throw new IllegalArgumentException("Npy: unsupported descr " + raw
                    + ": structured dtypes are not supported by ndvec");
        }
        throw new IllegalArgumentException("Npy: descr is not a valid dtype descriptor: " + raw);
    }

    private static boolean fortranOrder(Object v, String raw) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("Npy: fortran_order is not a valid bool: " + raw);
    }

    private static int[] shape(Object v, String raw) {
        if (!(v instanceof Tuple t)) {
            throw new IllegalArgumentException("Npy: shape is not valid: " + raw + " (expected a tuple of ints)");
        }
        int[] shape = new int[t.items().size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(t.items().get(i) instanceof BigInteger d)) {
                throw new IllegalArgumentException("Npy: shape is not valid: " + raw + " (expected a tuple of ints)");
            }
            if (d.signum() < 0) {
                throw new IllegalArgumentException("Npy: negative dimensions are not allowed: shape " + raw);
            }
            if (d.bitLength() > 31) {
                throw new IllegalArgumentException("Npy: dimension " + d + " of shape " + raw
                        + " is larger than one Java array can hold");
            }
            shape[i] = d.intValue();
        }
        try {
            Shapes.size(shape);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Npy: " + e.getMessage(), e);
        }
        return shape;
    }

    // ---------------------------------------------------------------- generic literals

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH, pos);
        }
        char c = peek();
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '(') {
            return sequence(')', depth);
        }
        if (c == '[') {
            return sequence(']', depth);
        }
        if (c == '-' || c == '+' || (c >= '0' && c <= '9')) {
            return integer();
        }
        if (s.startsWith("True", pos) && !identifierAt(pos + 4)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("False", pos) && !identifierAt(pos + 5)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("None", pos) && !identifierAt(pos + 4)) {
            pos += 4;
            return NONE;
        }
        throw error("expected a Python literal", pos);
    }

    /** A tuple/list body; {@code (x)} without a comma is just {@code x}, as in Python. */
    private Object sequence(char close, int depth) {
        pos++;
        List<Object> items = new ArrayList<>();
        boolean comma = false;
        skipSpace();
        while (peek() != close) {
            items.add(value(depth + 1));
            skipSpace();
            if (peek() == ',') {
                comma = true;
                pos++;
                skipSpace();
            } else if (peek() != close) {
                throw error("expected ',' or '" + close + "'", pos);
            }
        }
        pos++;
        if (close == ']') {
            return items;
        }
        return items.size() == 1 && !comma ? items.get(0) : new Tuple(items);
    }

    private BigInteger integer() {
        int start = pos;
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        int digits = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128) {
            pos++;
        }
        if (pos == digits) {
            throw error("expected digits", pos);
        }
        // Bound the work a hostile header can cause: an int of more than 20 digits is no dim.
        if (pos - digits > 20) {
            throw error("integer literal too long", start);
        }
        BigInteger v = new BigInteger(s.substring(start, pos));
        if (longSuffix && pos < s.length() && s.charAt(pos) == 'L') {
            pos++;
        }
        if (identifierAt(pos)) {
            throw error("malformed integer", start);
        }
        return v;
    }

    private String string(char quote) {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string", start);
            }
            char c = s.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\n') {
                throw error("unterminated string", start);
            }
            if (c == '\\') {
                if (pos >= s.length()) {
                    throw error("unterminated string", start);
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case '\\', '\'', '"' -> sb.append(e);
                    default -> sb.append('\\').append(e);
                }
            } else {
                sb.append(c);
            }
        }
    }

    // ---------------------------------------------------------------- lexing

    private boolean identifierAt(int i) {
        return i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
    }

    private char peek() {
        if (pos >= s.length()) {
            throw error("unexpected end of header", pos);
        }
        return s.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'", pos);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private IllegalArgumentException error(String what, int at) {
        return new IllegalArgumentException("Npy: cannot parse header: " + what + " at offset " + at
                + " of " + Python.repr(s));
    }
}
