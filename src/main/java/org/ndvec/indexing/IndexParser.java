package org.ndvec.indexing;

import java.util.ArrayList;
import java.util.List;
import org.ndvec.Index;
import org.ndvec.Nd;

/**
 * Reads NumPy index source ({@code "1:3, ::-1, ..., None"}) into {@link Index} pieces.
 * Python lists ({@code "[0, 2], :"}, {@code "[[True, False]]"}) and {@code True}/{@code False}
 * become index arrays (int64 or bool), as NumPy turns them into arrays.
 */
public final class IndexParser {
    private IndexParser() {
    }

    /** See {@link Index#parse(String)}. */
    public static Index[] parse(String expression) {
        String src = expression.strip();
        if (src.isEmpty() || src.equals("()")) {
            return new Index[0];
        }
        List<Index> out = new ArrayList<>();
        String[] parts = splitTopLevel(src);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                // A trailing comma makes a tuple in Python: "1," is (1,). Anything else is an error.
                if (i == parts.length - 1 && i > 0) {
                    continue;
                }
                throw new IllegalArgumentException("invalid index expression '" + expression + "': empty index piece");
            }
            out.add(piece(p, expression));
        }
        return out.toArray(new Index[0]);
    }

    private static Index piece(String p, String expression) {
        switch (p) {
            case "...":
            case "Ellipsis":
                return Index.ellipsis();
            case "None":
            case "newaxis":
            case "np.newaxis":
                return Index.newAxis();
            case "True":
                return Index.of(Nd.scalar(true));
            case "False":
                return Index.of(Nd.scalar(false));
            default:
                break;
        }
        if (p.startsWith("[")) {
            return Index.of(ListLiteral.parse(p, expression));
        }
        if (p.indexOf(':') < 0) {
            return Index.at(number(p, expression));
        }
        String[] s = p.split(":", -1);
        if (s.length > 3) {
            throw new IllegalArgumentException("invalid index expression '" + expression + "': bad slice '" + p + "'");
        }
        Long start = optional(s[0], expression);
        Long stop = optional(s[1], expression);
        Long step = s.length == 3 ? optional(s[2], expression) : null;
        return Index.slice(start, stop, step);
    }

    /** Splits on commas that are not inside brackets. */
    private static String[] splitTopLevel(String src) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(src.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(src.substring(start));
        return parts.toArray(new String[0]);
    }

    private static Long optional(String s, String expression) {
        String t = s.strip();
        if (t.isEmpty() || t.equals("None")) {
            return null;
        }
        return number(t, expression);
    }

    private static long number(String s, String expression) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid index expression '" + expression + "': '" + s.strip()
                    + "' is not an integer, slice, None or ...");
        }
    }
}
