package org.ndvec.io;

import java.nio.ByteOrder;
import org.ndvec.DType;

/**
 * A {@code .npy} {@code descr} string mapped onto an ndvec dtype and the byte order of the
 * file's data, e.g. {@code '<f8'} is little-endian float64 and {@code '>i4'} big-endian int32.
 *
 * <p>NumPy writes {@code dtype.str}: {@code '<'} or {@code '>'} for multi-byte types and
 * {@code '|'} for one-byte types. A reader on NumPy accepts more spellings ({@code '=f8'},
 * {@code '|f8'}, {@code 'f8'} mean the reader's native order; {@code '<b1'} is bool), and we
 * accept those too, with the same meaning, so every file NumPy itself loads as one of our five
 * dtypes loads here. {@code '<U7'} (or {@code '>U7'}) is NumPy's fixed-width unicode string:
 * 7 UTF-32 code units per element, zero-padded. Anything else is refused by name, with object arrays called out: their
 * data is a pickle, and unpickling untrusted input is exactly what the format's
 * {@code allow_pickle=False} default exists to prevent.
 */
record Descr(DType dtype, ByteOrder order, int width) {

    /** Bytes per element: the dtype's, or 4 per code point for {@code <U} strings (UTF-32). */
    int itemsize() {
        return dtype == DType.STRING ? 4 * width : dtype.itemsize();
    }

    /** Parses a descr string, refusing what ndvec cannot hold. */
    static Descr parse(String descr) {
        char c = descr.isEmpty() ? ' ' : descr.charAt(0);
        boolean prefixed = c == '<' || c == '>' || c == '|' || c == '=';
        ByteOrder order = c == '<' ? ByteOrder.LITTLE_ENDIAN
                : c == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder();
        String body = prefixed ? descr.substring(1) : descr;
        DType dtype = switch (body) {
            case "b1", "?" -> DType.BOOL;
            case "i4" -> DType.INT32;
            case "i8" -> DType.INT64;
            case "f4" -> DType.FLOAT32;
            case "f8" -> DType.FLOAT64;
            default -> null;
        };
        if (dtype != null) {
            return new Descr(dtype, order, 0);
        }
        if (body.startsWith("U") && body.length() > 1 && body.length() <= 10
                && body.substring(1).chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            long width = Long.parseLong(body.substring(1));
            // A width whose element size overflows an int cannot be a real array (nor fit in Java).
            if (width <= Integer.MAX_VALUE / 4) {
                return new Descr(DType.STRING, order, (int) width);
            }
        }
        if (body.startsWith("O")) {
            throw new IllegalArgumentException("Npy: descr " + Python.repr(descr)
                    + " is an object array; its data is a Python pickle, which ndvec never loads"
                    + " (NumPy: Object arrays cannot be loaded when allow_pickle=False)");
        }
        throw new IllegalArgumentException("Npy: unsupported descr " + Python.repr(descr)
                + "; ndvec reads bool, int32, int64, float32, float64 and unicode strings"
                + " ('|b1', '<i4', '<i8', '<f4', '<f8', '<U{width}', or '>' for big-endian)");
    }
}
