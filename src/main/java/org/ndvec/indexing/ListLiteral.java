package org.ndvec.indexing;

import java.util.ArrayList;
import java.util.List;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;

/**
 * A nested Python list of integers or booleans ({@code [[0, 1], [2, 3]]}, {@code [True, False]})
 * read into an int64 or bool array, as {@code np.asarray} would. Empty lists give int64, which is
 * what NumPy indexes with ({@code a[[]]} has length 0 along the axis).
 */
final class ListLiteral {
    private final String src;
    private final String expression;
    private int pos;
    private final List<Long> values = new ArrayList<>();
    private Boolean bool;

    private ListLiteral(String src, String expression) {
        this.src = src;
        this.expression = expression;
    }

    static NDArray parse(String src, String expression) {
        ListLiteral p = new ListLiteral(src, expression);
        List<Integer> shape = new ArrayList<>();
        p.level(0, shape);
        p.skipSpace();
        if (p.pos != src.length()) {
            throw p.error();
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        int n = p.values.size();
        if (Boolean.TRUE.equals(p.bool)) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (long) p.values.get(i);
            }
            return Internals.access().wrap(b, DType.BOOL, dims);
        }
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            l[i] = p.values.get(i);
        }
        return Internals.access().wrap(l, DType.INT64, dims);
    }

    /** Reads one list at {@code depth}, recording (or checking) the length of that depth. */
    private void level(int depth, List<Integer> shape) {
        skipSpace();
        if (pos >= src.length() || src.charAt(pos) != '[') {
            throw error();
        }
        pos++;
        int count = 0;
        skipSpace();
        boolean nested = pos < src.length() && src.charAt(pos) == '[';
        if (pos < src.length() && src.charAt(pos) == ']') {
            pos++;
            record(depth, 0, shape);
            return;
        }
        while (true) {
            if (nested) {
                level(depth + 1, shape);
            } else {
                scalar();
            }
            count++;
            skipSpace();
            if (pos < src.length() && src.charAt(pos) == ',') {
                pos++;
                skipSpace();
                if (pos < src.length() && src.charAt(pos) == ']') {
                    pos++;
                    break;
                }
                continue;
            }
            if (pos < src.length() && src.charAt(pos) == ']') {
                pos++;
                break;
            }
            throw error();
        }
        record(depth, count, shape);
    }

    private void record(int depth, int count, List<Integer> shape) {
        // Inner lists finish before outer ones, so a depth may be recorded before its parents.
        while (shape.size() <= depth) {
            shape.add(-1);
        }
        if (shape.get(depth) == -1) {
            shape.set(depth, count);
        } else if (shape.get(depth) != count) {
            throw new IllegalArgumentException("invalid index expression '" + expression
                    + "': ragged nested list " + src);
        }
    }

    private void scalar() {
        int start = pos;
        while (pos < src.length() && ",] ".indexOf(src.charAt(pos)) < 0) {
            pos++;
        }
        String t = src.substring(start, pos);
        boolean isBool = t.equals("True") || t.equals("False");
        if (bool != null && bool != isBool) {
            throw new IllegalArgumentException("invalid index expression '" + expression
                    + "': a list mixes booleans and integers");
        }
        bool = isBool;
        if (isBool) {
            values.add(t.equals("True") ? 1L : 0L);
            return;
        }
        try {
            values.add(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw error();
        }
    }

    private void skipSpace() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private IllegalArgumentException error() {
        return new IllegalArgumentException("invalid index expression '" + expression
                + "': cannot read list " + src);
    }
}
