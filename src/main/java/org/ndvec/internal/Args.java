package org.ndvec.internal;

import java.util.Objects;

/**
 * Null checks for array arguments, worded as {@code Objects.requireNonNull(x, "x")} words a
 * plain one: a null array names the parameter ({@code arrays}), a null element names its
 * position ({@code arrays[1]}), so a caller sees which argument was missing instead of the
 * JVM's text from deep inside an operation.
 */
public final class Args {
    private Args() {
    }

    /**
     * Returns {@code array} after checking that it and each of its elements are non-null.
     *
     * @throws NullPointerException {@code name} or {@code name[i]}
     */
    public static <T> T[] elements(T[] array, String name) {
        Objects.requireNonNull(array, name);
        for (int i = 0; i < array.length; i++) {
            if (array[i] == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
        }
        return array;
    }
}
