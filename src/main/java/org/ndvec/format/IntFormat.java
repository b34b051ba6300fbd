package org.ndvec.format;

import org.ndvec.storage.Buffers;

/**
 * NumPy's {@code IntegerFormat}: right-aligned to the longer of the shown maximum and
 * minimum, so {@code [6 7 8]} stays unpadded but {@code [-1  0 10]} gets a common width.
 */
final class IntFormat implements ElementFormat {
    private final int width;

    IntFormat(Object data, int[] shown) {
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;
        for (int i : shown) {
            long v = Buffers.getLong(data, i);
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        this.width = shown.length == 0 ? 0
                : Math.max(Long.toString(max).length(), Long.toString(min).length());
    }

    @Override
    public String format(Object data, int index) {
        String s = Long.toString(Buffers.getLong(data, index));
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
