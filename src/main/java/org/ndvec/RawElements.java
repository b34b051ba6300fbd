package org.ndvec;

import java.io.EOFException;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import org.ndvec.storage.Buffers;

/**
 * Numeric storage as raw big-endian bits in a serialization stream, in bulk: the
 * {@link NDArraySerialForm}'s data section. {@code ByteBuffer}'s bulk views copy bits as they are
 * (NaN payloads included), one chunk at a time, so no second copy of a large array is made.
 */
final class RawElements {
    /** Bytes per write: large enough to amortize the per-call cost, small enough to stay in L1. */
    private static final int CHUNK_BYTES = 16 * 1024;

    private RawElements() {
    }

    /** Writes every element of a float[], double[], int[], long[] or byte[] buffer. */
    static void write(ObjectOutputStream out, Object data) throws IOException {
        if (data instanceof byte[] b) {
            out.write(b);
            return;
        }
        byte[] chunk = new byte[CHUNK_BYTES];
        ByteBuffer buf = ByteBuffer.wrap(chunk);
        int n = Buffers.length(data);
        int width = width(data);
        int per = CHUNK_BYTES / width;
        for (int i = 0; i < n; i += per) {
            int m = Math.min(per, n - i);
            buf.clear();
            switch (data) {
                case float[] a -> buf.asFloatBuffer().put(a, i, m);
                case double[] a -> buf.asDoubleBuffer().put(a, i, m);
                case int[] a -> buf.asIntBuffer().put(a, i, m);
                case long[] a -> buf.asLongBuffer().put(a, i, m);
                default -> throw new IllegalArgumentException("not a numeric buffer: " + data.getClass());
            }
            out.write(chunk, 0, m * width);
        }
    }

    /** Reads {@code count} elements of {@code dtype} (not STRING) into a new buffer. */
    static Object read(ObjectInputStream in, DType dtype, int count) throws IOException {
        Object data = Buffers.allocate(dtype, count);
        if (data instanceof byte[] b) {
            readFully(in, b, 0, count, count);
            return b;
        }
        byte[] chunk = new byte[CHUNK_BYTES];
        ByteBuffer buf = ByteBuffer.wrap(chunk);
        int width = width(data);
        int per = CHUNK_BYTES / width;
        for (int i = 0; i < count; i += per) {
            int m = Math.min(per, count - i);
            readFully(in, chunk, i, m * width, count);
            buf.clear();
            switch (data) {
                case float[] a -> buf.asFloatBuffer().get(a, i, m);
                case double[] a -> buf.asDoubleBuffer().get(a, i, m);
                case int[] a -> buf.asIntBuffer().get(a, i, m);
                case long[] a -> buf.asLongBuffer().get(a, i, m);
                default -> throw new IllegalArgumentException("not a numeric buffer: " + data.getClass());
            }
        }
        return data;
    }

    private static void readFully(ObjectInputStream in, byte[] into, int firstElement, int bytes, int count)
            throws IOException {
        try {
            in.readFully(into, 0, bytes);
        } catch (EOFException e) {
            throw new InvalidObjectException("NDArray serial form: the stream ends within the data of "
                    + count + " elements (in the chunk from element " + firstElement + ")");
        }
    }

    private static int width(Object data) {
        return data instanceof double[] || data instanceof long[] ? 8 : 4;
    }
}
