package org.ndvec.io;

import java.nio.ByteBuffer;

/**
 * Bulk conversion between ndvec storage (float[], double[], int[], long[], byte[]) and bytes,
 * through {@code ByteBuffer} views. A view's bulk {@code get}/{@code put} is one memory copy
 * (with a vectorized byte swap when the buffer's order is not native), so big-endian files cost
 * about as much as little-endian ones and nothing goes element by element through a stream.
 */
final class ElementCodec {
    private ElementCodec() {
    }

    /**
     * Decodes {@code n} elements from {@code src} (its order set to the file's) into
     * {@code dst[dstOff ..]}, advancing {@code src}'s position. Bool bytes are normalized to
     * 0/1, since ndvec's bool storage holds nothing else and a file may hold any nonzero byte.
     */
    static void decode(ByteBuffer src, Object dst, int dstOff, int n) {
        int p = src.position();
        switch (dst) {
            case double[] d -> {
                src.asDoubleBuffer().get(d, dstOff, n);
                src.position(p + n * Double.BYTES);
            }
            case float[] f -> {
                src.asFloatBuffer().get(f, dstOff, n);
                src.position(p + n * Float.BYTES);
            }
            case long[] l -> {
                src.asLongBuffer().get(l, dstOff, n);
                src.position(p + n * Long.BYTES);
            }
            case int[] x -> {
                src.asIntBuffer().get(x, dstOff, n);
                src.position(p + n * Integer.BYTES);
            }
            case byte[] b -> {
                src.get(b, dstOff, n);
                for (int i = dstOff; i < dstOff + n; i++) {
                    b[i] = (byte) (b[i] != 0 ? 1 : 0);
                }
            }
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + dst.getClass());
        }
    }

    /**
     * Encodes {@code n} elements of {@code src[srcOff ..]} into {@code dst} (its order set to
     * the file's), advancing {@code dst}'s position; {@code dst} must have room for them.
     */
    static void encode(Object src, int srcOff, int n, ByteBuffer dst) {
        int p = dst.position();
        switch (src) {
            case double[] d -> {
                dst.asDoubleBuffer().put(d, srcOff, n);
                dst.position(p + n * Double.BYTES);
            }
            case float[] f -> {
                dst.asFloatBuffer().put(f, srcOff, n);
                dst.position(p + n * Float.BYTES);
            }
            case long[] l -> {
                dst.asLongBuffer().put(l, srcOff, n);
                dst.position(p + n * Long.BYTES);
            }
            case int[] x -> {
                dst.asIntBuffer().put(x, srcOff, n);
                dst.position(p + n * Integer.BYTES);
            }
            case byte[] b -> dst.put(b, srcOff, n);
            default -> throw new IllegalArgumentException("not an ndvec buffer: " + src.getClass());
        }
    }
}
