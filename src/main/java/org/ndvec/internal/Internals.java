package org.ndvec.internal;

import org.ndvec.NDArray;

/** Holder of the {@link ArrayAccess} that {@code NDArray} installs when it is initialized. */
public final class Internals {
    private static volatile ArrayAccess access;

    private Internals() {
    }

    /** Called once, from {@code NDArray}'s static initializer. */
    public static void install(ArrayAccess impl) {
        if (access != null) {
            throw new IllegalStateException("ArrayAccess installed twice");
        }
        access = impl;
    }

    /** The accessor; initializes {@code NDArray} first if nothing has touched it yet. */
    public static ArrayAccess access() {
        ArrayAccess a = access;
        if (a == null) {
            try {
                Class.forName(NDArray.class.getName(), true, NDArray.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
            a = access;
        }
        return a;
    }
}
