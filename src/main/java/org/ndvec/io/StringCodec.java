package org.ndvec.io;

import java.nio.ByteBuffer;

/**
 * Conversion between ndvec string elements and NumPy's {@code <U{width}} bytes: each element is
 * {@code width} UTF-32 code units (one int per code point, in the file's byte order), padded with
 * zeros. As in NumPy, trailing NUL code points are padding and are stripped on read; NULs inside a
 * string are kept.
 */
final class StringCodec {
    private StringCodec() {
    }

    /**
     * Decodes {@code n} elements of {@code width} code points from {@code src} (its order set to
     * the file's) into {@code dst[dstOff ..]}, advancing {@code src}'s position.
     *
     * @throws IllegalArgumentException if a code unit is not a Unicode code point
     */
    static void decode(ByteBuffer src, String[] dst, int dstOff, int n, int width) {
        int[] units = new int[width];
        StringBuilder sb = new StringBuilder(width);
        for (int i = 0; i < n; i++) {
            src.asIntBuffer().get(units);
            src.position(src.position() + 4 * width);
            int len = width;
            while (len > 0 && units[len - 1] == 0) {
                len--;
            }
            sb.setLength(0);
            for (int j = 0; j < len; j++) {
                int cp = units[j];
                if (!Character.isValidCodePoint(cp)) {
                    throw new IllegalArgumentException("Npy: invalid code point 0x"
                            + Integer.toHexString(cp) + " in element " + (dstOff + i) + " of a '<U"
                            + width + "' array (UTF-32 allows 0 to 0x10ffff)");
                }
                sb.appendCodePoint(cp);
            }
            dst[dstOff + i] = sb.toString();
        }
    }

    /**
     * Encodes one element into {@code dst} (its order set to the file's) as {@code width} code
     * points, zero-padded, advancing {@code dst}'s position; {@code dst} must have room for them.
     * The element holds at most {@code width} code points (a string array's width bounds them).
     */
    static void encode(String s, int width, ByteBuffer dst) {
        int written = 0;
        for (int i = 0; i < s.length() && written < width; written++) {
            int cp = s.codePointAt(i);
            dst.putInt(cp);
            i += Character.charCount(cp);
        }
        for (; written < width; written++) {
            dst.putInt(0);
        }
    }
}
