package org.ndvec.format;

import org.ndvec.storage.Buffers;

/** NumPy's {@code BoolFormat}: {@code " True"} lines up with {@code "False"}, except in 0-d arrays. */
final class BoolFormat implements ElementFormat {
    private final String trueText;

    BoolFormat(boolean zeroDim) {
        this.trueText = zeroDim ? "True" : " True";
    }

    @Override
    public String format(Object data, int index) {
        return Buffers.getBoolean(data, index) ? trueText : "False";
    }
}
