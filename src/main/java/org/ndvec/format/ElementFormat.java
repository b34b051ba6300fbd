package org.ndvec.format;

/**
 * Formats one element of an array's storage, with a width fitted beforehand to all the
 * elements that will be shown (NumPy's {@code _get_format_function} result).
 */
interface ElementFormat {
    /** The text of storage element {@code index}, padded to the common width. */
    String format(Object data, int index);
}
