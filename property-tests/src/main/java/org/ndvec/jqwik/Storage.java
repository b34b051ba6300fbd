package org.ndvec.jqwik;

import java.util.List;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Turns generated element values into a base array of a dtype. Base elements no view reads
 * hold a marker (NaN for floats, MIN_VALUE for integers, true, "~"), so code that reads
 * outside a view's elements shows it in its results.
 */
final class Storage {
    private Storage() {
    }

    /**
     * A base array of {@code baseShape} whose element {@code positions[k]} holds
     * {@code values.get(slot[positions[k]])}.
     */
    static NDArray fill(DType dtype, int[] baseShape, int baseSize, int[] slotOf, List<?> values) {
        return switch (dtype) {
            case FLOAT64 -> {
                double[] d = new double[baseSize];
                for (int i = 0; i < baseSize; i++) {
                    d[i] = slotOf[i] < 0 ? Double.NaN : toDouble(values.get(slotOf[i]));
                }
                yield NDArray.wrap(d).reshape(baseShape); // wrap alone makes a 0-d shape 1-d
            }
            case FLOAT32 -> {
                float[] f = new float[baseSize];
                for (int i = 0; i < baseSize; i++) {
                    f[i] = slotOf[i] < 0 ? Float.NaN : toFloat(values.get(slotOf[i]));
                }
                yield NDArray.wrap(f).reshape(baseShape); // wrap alone makes a 0-d shape 1-d
            }
            case INT64 -> {
                long[] l = new long[baseSize];
                for (int i = 0; i < baseSize; i++) {
                    l[i] = slotOf[i] < 0 ? Long.MIN_VALUE : toLong(values.get(slotOf[i]), Long.MIN_VALUE, Long.MAX_VALUE, dtype);
                }
                yield NDArray.wrap(l).reshape(baseShape); // wrap alone makes a 0-d shape 1-d
            }
            case INT32 -> {
                int[] n = new int[baseSize];
                for (int i = 0; i < baseSize; i++) {
                    n[i] = slotOf[i] < 0 ? Integer.MIN_VALUE
                            : (int) toLong(values.get(slotOf[i]), Integer.MIN_VALUE, Integer.MAX_VALUE, dtype);
                }
                yield NDArray.wrap(n).reshape(baseShape); // wrap alone makes a 0-d shape 1-d
            }
            case BOOL -> {
                boolean[] b = new boolean[baseSize];
                for (int i = 0; i < baseSize; i++) {
                    b[i] = slotOf[i] < 0 || toBoolean(values.get(slotOf[i]));
                }
                yield Nd.array(b).reshape(baseShape);
            }
            case STRING -> {
                String[] s = new String[baseSize];
                for (int i = 0; i < baseSize; i++) {
                    s[i] = slotOf[i] < 0 ? "~" : values.get(slotOf[i]).toString();
                }
                yield Nd.array(s).reshape(baseShape);
            }
        };
    }

    private static double toDouble(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return ((Number) v).doubleValue();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            long l = ((Number) v).longValue();
            double d = l;
            if (d != l || (d == 0x1p63)) {
                throw inexact(v, DType.FLOAT64);
            }
            return d;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw wrongType(v, DType.FLOAT64);
    }

    private static float toFloat(Object v) {
        if (v instanceof Float f) {
            return f;
        }
        double d = toDouble(v);
        float f = (float) d;
        if (f != d && !Double.isNaN(d)) {
            throw inexact(v, DType.FLOAT32);
        }
        return f;
    }

    private static long toLong(Object v, long min, long max, DType dtype) {
        long l;
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            l = ((Number) v).longValue();
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d < -0x1p63 || d >= 0x1p63) {
                throw inexact(v, dtype);
            }
            l = (long) d;
        } else {
            throw wrongType(v, dtype);
        }
        if (l < min || l > max) {
            throw inexact(v, dtype);
        }
        return l;
    }

    private static boolean toBoolean(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(v, DType.BOOL);
    }

    private static IllegalArgumentException inexact(Object v, DType dtype) {
        return new IllegalArgumentException("generated element " + v + " cannot be represented as dtype "
                + dtype + " without loss of precision");
    }

    private static IllegalArgumentException wrongType(Object v, DType dtype) {
        return new IllegalArgumentException("generated element " + v + " (" + v.getClass().getSimpleName()
                + ") cannot be stored in an array of dtype " + dtype);
    }
}
