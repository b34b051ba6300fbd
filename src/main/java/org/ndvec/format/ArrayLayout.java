package org.ndvec.format;

import java.util.Arrays;

/**
 * NumPy's {@code _formatArray}: nested brackets, rows wrapped to the line width with a
 * hanging indent, {@code ...} in place of the middle of long axes, and newlines (one more
 * per extra dimension) between sub-arrays. Elements are addressed by storage index through
 * the array's strides, so views print without a copy.
 */
final class ArrayLayout {
    private static final String SUMMARY = "...";

    private final Object data;
    private final int[] shape;
    private final int[] strides;
    private final String separator;
    private final String rowSeparator;
    private final int edgeItems;
    private final boolean summarize;

    /**
     * @param summarize whether axes longer than {@code 2 * edgeItems} show only their edges
     */
    ArrayLayout(Object data, int[] shape, int[] strides, String separator, int edgeItems, boolean summarize) {
        this.data = data;
        this.shape = shape;
        this.strides = strides;
        this.separator = separator;
        this.rowSeparator = separator.stripTrailing();
        this.edgeItems = edgeItems;
        this.summarize = summarize;
    }

    /**
     * Storage indices of the elements that will be shown, in C order, for the array whose
     * element [0,...,0] is at {@code offset} (NumPy's {@code _leading_trailing}); the
     * element format is fitted to these only.
     */
    int[] shownIndices(int offset) {
        IndexList out = new IndexList();
        collect(0, offset, out);
        return out.toArray();
    }

    private void collect(int axis, int offset, IndexList out) {
        if (axis == shape.length) {
            out.add(offset);
            return;
        }
        int n = shape[axis];
        int stride = strides[axis];
        if (summarized(n)) {
            for (int i = 0; i < edgeItems; i++) {
                collect(axis + 1, offset + i * stride, out);
            }
            for (int i = n - edgeItems; i < n; i++) {
                collect(axis + 1, offset + i * stride, out);
            }
        } else {
            for (int i = 0; i < n; i++) {
                collect(axis + 1, offset + i * stride, out);
            }
        }
    }

    /** A growable int list, to avoid boxing a few thousand indices. */
    private static final class IndexList {
        private int[] items = new int[64];
        private int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    /**
     * The bracketed text of the array whose element [0,...,0] is at {@code offset}.
     *
     * @param lineWidth   NumPy's linewidth minus the length of the suffix that will follow
     * @param prefixWidth length of the text printed before the first bracket ({@code array(})
     */
    String layout(ElementFormat format, int offset, int lineWidth, int prefixWidth) {
        if (shape.length == 0) {
            return format.format(data, offset);
        }
        return nested(format, 0, offset, " ".repeat(prefixWidth + 1), lineWidth);
    }

    private boolean summarized(int n) {
        return summarize && 2 * edgeItems < n;
    }

    private String nested(ElementFormat format, int axis, int offset, String hangingIndent, int width) {
        int n = shape[axis];
        int stride = strides[axis];
        boolean summary = summarized(n);
        int leading = summary ? edgeItems : 0;
        int trailing = summary ? edgeItems : n;
        StringBuilder s = new StringBuilder();
        if (axis == shape.length - 1) {
            // the last axis wraps its elements when they would pass the line width
            int elementWidth = width - Math.max(rowSeparator.length(), 1);
            StringBuilder line = new StringBuilder(hangingIndent);
            for (int i = 0; i < leading; i++) {
                extendLine(s, line, format.format(data, offset + i * stride), elementWidth, hangingIndent);
                line.append(separator);
            }
            if (summary) {
                extendLine(s, line, SUMMARY, elementWidth, hangingIndent);
                line.append(separator);
            }
            for (int i = trailing; i > 1; i--) {
                extendLine(s, line, format.format(data, offset + (n - i) * stride), elementWidth, hangingIndent);
                line.append(separator);
            }
            extendLine(s, line, format.format(data, offset + (n - 1) * stride), elementWidth, hangingIndent);
            s.append(line);
        } else {
            String innerIndent = hangingIndent + " ";
            String lineSeparator = rowSeparator + "\n".repeat(shape.length - axis - 1);
            for (int i = 0; i < leading; i++) {
                s.append(hangingIndent).append(nested(format, axis + 1, offset + i * stride, innerIndent, width - 1))
                        .append(lineSeparator);
            }
            if (summary) {
                s.append(hangingIndent).append(SUMMARY).append(lineSeparator);
            }
            for (int i = trailing; i > 1; i--) {
                s.append(hangingIndent).append(nested(format, axis + 1, offset + (n - i) * stride, innerIndent, width - 1))
                        .append(lineSeparator);
            }
            s.append(hangingIndent).append(nested(format, axis + 1, offset + (n - 1) * stride, innerIndent, width - 1));
        }
        return "[" + s.substring(hangingIndent.length()) + "]";
    }

    /** NumPy's {@code _extendLine}: wrap before {@code word} unless wrapping cannot help. */
    private static void extendLine(StringBuilder s, StringBuilder line, String word, int width, String indent) {
        // widths count code points as Python's len() does, so strings beyond U+FFFF wrap as in NumPy
        int lineLength = line.codePointCount(0, line.length());
        boolean wrap = lineLength + word.codePointCount(0, word.length()) > width && lineLength > indent.length();
        if (wrap) {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            s.append(line, 0, end).append('\n');
            line.setLength(0);
            line.append(indent);
        }
        line.append(word);
    }
}
