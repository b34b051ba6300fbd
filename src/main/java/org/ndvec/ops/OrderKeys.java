package org.ndvec.ops;

/**
 * Element values as signed 64-bit keys whose order is the values' order, so that one selection
 * routine serves every dtype: integers are themselves, and a float's bits with the magnitude bits
 * flipped when it is negative ({@code -inf < ... < -0.0 < 0.0 < ... < inf}). The map is its own
 * inverse. NaN has no place in this order; callers count NaNs and leave them out.
 *
 * <p>Unlike NumPy's partition, -0.0 sorts before 0.0 here; as NumPy treats them as equal, either
 * order is one NumPy could produce.
 */
final class OrderKeys {
    private OrderKeys() {
    }

    static long of(double v) {
        long b = Double.doubleToRawLongBits(v);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    static double toDouble(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }

    /** A float's key, sign-extended: it orders with other float keys as the floats do. */
    static long of(float v) {
        int b = Float.floatToRawIntBits(v);
        return b ^ ((b >> 31) & Integer.MAX_VALUE);
    }

    static float toFloat(long key) {
        int b = (int) key;
        return Float.intBitsToFloat(b ^ ((b >> 31) & Integer.MAX_VALUE));
    }

    /**
     * Copies {@code n} elements of a strided lane into {@code keys}, leaving NaNs out.
     *
     * @return how many keys were written ({@code n} minus the NaNs)
     */
    static int load(Object data, int off, int stride, int n, long[] keys) {
        return load(data, off, stride, n, keys, 0);
    }

    /** As {@link #load(Object, int, int, int, long[])}, writing from {@code keys[at]} on. */
    static int load(Object data, int off, int stride, int n, long[] keys, int at) {
        int k = at;
        switch (data) {
            case double[] d -> {
                for (int i = 0, p = off; i < n; i++, p += stride) {
                    double v = d[p];
                    if (v == v) {
                        keys[k++] = of(v);
                    }
                }
            }
            case float[] f -> {
                for (int i = 0, p = off; i < n; i++, p += stride) {
                    float v = f[p];
                    if (v == v) {
                        keys[k++] = of(v);
                    }
                }
            }
            case long[] l -> {
                for (int i = 0, p = off; i < n; i++, p += stride) {
                    keys[k++] = l[p];
                }
            }
            case int[] x -> {
                for (int i = 0, p = off; i < n; i++, p += stride) {
                    keys[k++] = x[p];
                }
            }
            case byte[] b -> {
                for (int i = 0, p = off; i < n; i++, p += stride) {
                    keys[k++] = b[p];
                }
            }
            default -> throw new IllegalArgumentException("not a numeric buffer: " + data.getClass());
        }
        return k - at;
    }
}
