package org.ndvec.storage;

import org.ndvec.DType;
import org.ndvec.format.ArrayFormatter;

/**
 * Casts between the string dtype and the numeric ones, as NumPy's {@code astype} does: text
 * is parsed with Python's {@code float()}/{@code int()} rules ({@code ' 2 '} is 2, {@code 'abc'}
 * is an error), a string is true when it is not empty, and numbers are written as
 * {@code str()} writes their scalars ({@code 1.5 -> '1.5'}, {@code True -> 'True'}).
 */
final class StringCast {
    private StringCast() {
    }

    /**
     * NumPy's width of {@code x.astype(str)} for each numeric dtype: enough for any value
     * ({@code np.array([1]).astype(str).dtype == '<U21'}).
     */
    static int widthFor(DType from) {
        return switch (from) {
            case BOOL -> 5;
            case INT32 -> 11;
            case INT64 -> 21;
            case FLOAT32, FLOAT64 -> 32;
            case STRING -> throw new IllegalArgumentException("a string array keeps its own width");
        };
    }

    /** One strided row from or to string storage; the other side is numeric. */
    static void row(Object src, int so, int ss, Object dst, int dOff, int ds, int n) {
        if (dst instanceof String[] d) {
            for (int i = 0; i < n; i++) {
                d[dOff + i * ds] = text(src, so + i * ss);
            }
            return;
        }
        String[] s = (String[]) src;
        for (int i = 0; i < n; i++) {
            String v = s[so + i * ss];
            int p = dOff + i * ds;
            switch (dst) {
                case double[] d -> d[p] = Strings.parseDouble(v);
                case float[] f -> f[p] = (float) Strings.parseDouble(v);
                case long[] l -> l[p] = Strings.parseLong(v);
                case int[] x -> x[p] = toInt(Strings.parseLong(v));
                case byte[] b -> b[p] = (byte) (v.isEmpty() ? 0 : 1);
                default -> throw new IllegalArgumentException("not an ndvec buffer: " + dst.getClass());
            }
        }
    }

    private static int toInt(long v) {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Python integer " + v + " out of bounds for int32");
        }
        return (int) v;
    }

    /** {@code str()} of a numeric storage element. */
    static String text(Object data, int i) {
        return switch (data) {
            case double[] d -> ArrayFormatter.scalarStr(d[i]);
            case float[] f -> ArrayFormatter.scalarStr(f[i]);
            case byte[] b -> b[i] != 0 ? "True" : "False";
            default -> Long.toString(Buffers.getLong(data, i));
        };
    }
}
