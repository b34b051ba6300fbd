package org.ndvec.storage;

import java.util.regex.Pattern;

/**
 * The rules of NumPy's fixed-width unicode dtype ({@code <U}) that storage needs: the width
 * of an array in code points, what a stored element becomes (truncated to the width, trailing
 * NULs dropped, never {@code null}), and Python's parsing of text into numbers as used by
 * {@code astype} ({@code np.array(['1.5']).astype(float)}).
 */
public final class Strings {
    /** Python's {@code int()}/{@code float()} digits: underscores only between digits. */
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern INTEGER = Pattern.compile("[+-]?" + DIGITS);
    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\." + "(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private Strings() {
    }

    /**
     * The width NumPy gives {@code np.array(values)}: the longest element in code points, at
     * least 1 ({@code np.array([''])} is {@code <U1}); {@code null} counts as empty.
     */
    public static int widthOf(String[] values) {
        int width = 1;
        for (String v : values) {
            if (v != null) {
                width = Math.max(width, v.codePointCount(0, v.length()));
            }
        }
        return width;
    }

    /**
     * The element NumPy stores for {@code value} in a {@code <U width} array: at most
     * {@code width} code points ({@code a[0] = 'Alexander'} into {@code <U5} keeps
     * {@code 'Alexa'}), without trailing NULs (the fixed-width buffer cannot tell them from
     * padding), and {@code ""} for {@code null}.
     */
    public static String stored(String value, int width) {
        if (value == null) {
            return "";
        }
        String s = value;
        if (s.codePointCount(0, s.length()) > width) {
            s = s.substring(0, s.offsetByCodePoints(0, width));
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\0') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /**
     * The width NumPy gives numbers of {@code dtype} turned into strings ({@code astype(str)}, or
     * joined with strings): bool 5, int32 11, int64 21, floats 32.
     */
    public static int widthOf(org.ndvec.DType dtype) {
        return StringCast.widthFor(dtype);
    }

    /** Copies {@code values} into new storage, each element as {@link #stored} makes it. */
    public static String[] storage(String[] values, int width) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = stored(values[i], width);
        }
        return out;
    }

    /**
     * The error for arithmetic or numeric access on a string array, where NumPy's own
     * ({@code ufunc 'add' did not contain a loop with signature matching types}) says too little.
     */
    public static IllegalArgumentException notNumeric() {
        return new IllegalArgumentException("string arrays do not support arithmetic or numeric element access "
                + "(dtype <U); use astype to parse numbers");
    }

    /**
     * Python's {@code float(s)}: surrounding whitespace ignored, {@code nan}/{@code inf}/
     * {@code infinity} in any case, digits with single underscores between them.
     *
     * @throws IllegalArgumentException {@code could not convert string to float: 'abc'}
     */
    public static double parseDouble(String s) {
        String t = s.strip();
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t.replace("_", ""));
        }
        if (SPECIAL.matcher(t).matches()) {
            boolean negative = t.charAt(0) == '-';
            if (Character.toLowerCase(t.charAt(t.length() - 1)) == 'n') {
                return Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw new IllegalArgumentException("could not convert string to float: " + pythonRepr(s));
    }

    /**
     * Python's {@code int(s)} in base 10, bounded to int64 as NumPy's cast is.
     *
     * @throws IllegalArgumentException {@code invalid literal for int() with base 10: '1.5'}, or
     *     {@code Python int too large to convert to C long}
     */
    public static long parseLong(String s) {
        String t = s.strip();
        if (!INTEGER.matcher(t).matches()) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + pythonRepr(s));
        }
        try {
            return Long.parseLong(t.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Python int too large to convert to C long", e);
        }
    }

    /**
     * Python's {@code repr(s)} of a str: single quotes unless the text holds a single quote
     * and no double quote; backslash, the quote, {@code \t \n \r} and non-printable code points
     * ({@code \x00}, {@code \u200b}, {@code \U000e0001}) escaped; printable non-ASCII kept.
     */
    public static String pythonRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    /**
     * Python's {@code str.isprintable} for one code point: everything but the categories
     * "Other" (Cc, Cf, Cs, Co, Cn) and "Separator" (Zl, Zp, Zs) except the ASCII space.
     */
    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
