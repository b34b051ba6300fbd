package org.ndvec.io;

/**
 * Python's {@code repr} of strings and bytes, so error messages quote header text the way
 * NumPy's own messages do ({@code 'f8'}, {@code b'\x93NUMPY'}) and control characters from a
 * hostile file never reach a log verbatim.
 */
final class Python {
    /** Longest text quoted in a message; a 10,000-byte header is not worth printing in full. */
    private static final int MAX_QUOTED = 200;

    private Python() {
    }

    /**
     * {@code repr(s)} for a str, cut after {@value #MAX_QUOTED} characters. Like Python, it
     * quotes with {@code "} when the text holds a {@code '} and no {@code "}.
     */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_QUOTED) + 8).append(quote);
        int n = Math.min(s.length(), MAX_QUOTED);
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\'', '"' -> {
                    if (ch == quote) {
                        sb.append('\\');
                    }
                    sb.append(ch);
                }
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append(quote);
        return n < s.length() ? sb.append("...").toString() : sb.toString();
    }

    /** {@code repr(b)} for bytes. */
    static String repr(byte[] b, int len) {
        StringBuilder sb = new StringBuilder("b'");
        for (int i = 0; i < len; i++) {
            int v = b[i] & 0xff;
            if (v == '\\' || v == '\'') {
                sb.append('\\').append((char) v);
            } else if (v >= 0x20 && v < 0x7f) {
                sb.append((char) v);
            } else {
                sb.append(String.format("\\x%02x", v));
            }
        }
        return sb.append('\'').toString();
    }
}
