package org.ndvec.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;

/**
 * Reads one array in {@code .npy} format. The header is validated and the data size checked
 * against what the file (or stream) really holds before the array is allocated, so a
 * 100-byte file that claims a shape of {@code (2000000000,)} costs nothing.
 *
 * <p>Fortran-order files load without a copy: the data is the C-order array of the reversed
 * shape, and the result is its transposed view (Fortran strides, {@code base()} set), which is
 * what NumPy's {@code read_array} returns too. Saving it again writes Fortran order, as NumPy does.
 */
final class NpyReader {
    private static final ArrayAccess ACCESS = Internals.access();

    /** Bytes read per call; see {@link NpyWriter#CHUNK}. */
    private static final int CHUNK = NpyWriter.CHUNK;
    /** First chunk of a stream read; chunks double from here, so small arrays stay cheap. */
    private static final int FIRST_STREAM_CHUNK = 8192;

    /**
     * One direct chunk buffer kept from load to load. A new one per load cost a quarter of
     * npy_load_f64_1m (1M float64 from the page cache) in JMH's stack profile: the JDK zeroes a
     * direct buffer, and malloc maps a fresh 1 MiB that then faults page by page. Concurrent
     * loads take it in turn; a load that finds it taken allocates its own, which then becomes the
     * spare.
     */
    private static final AtomicReference<ByteBuffer> SPARE = new AtomicReference<>();

    private NpyReader() {
    }

    private static ByteBuffer takeSpare() {
        ByteBuffer b = SPARE.getAndSet(null);
        return b != null ? b : ByteBuffer.allocateDirect(CHUNK);
    }

    static NDArray load(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            NpyHeader h = NpyHeader.read(Channels.newInputStream(ch));
            long need = h.dataBytes();
            long have = ch.size() - ch.position();
            if (have != need) {
                throw mismatch(h, need, "file", have);
            }
            DType dtype = h.type().dtype();
            int itemsize = h.type().itemsize();
            int count = h.count();
            Object dst = Buffers.allocate(dtype, count);
            if (need > 0) {
                // Direct: the channel reads straight into it (a heap buffer would be filled through
                // a temporary direct one, one more copy). Mapping the file measured no faster.
                // A wide string element may exceed a chunk; the buffer then holds exactly one.
                ByteBuffer buf = itemsize <= CHUNK ? takeSpare() : ByteBuffer.allocateDirect(itemsize);
                try {
                    buf.order(h.type().order());
                    int per = buf.capacity() / itemsize;
                    for (int done = 0; done < count; done += per) {
                        int k = Math.min(count - done, per);
                        buf.clear().limit(k * itemsize);
                        while (buf.hasRemaining()) {
                            if (ch.read(buf) < 0) {
                                throw new EOFException("Npy: " + path + " was truncated while being read");
                            }
                        }
                        decode(buf.flip(), h.type(), dst, done, k);
                    }
                } finally {
                    if (buf.capacity() == CHUNK) {
                        SPARE.set(buf);
                    }
                }
            }
            return build(h, dst);
        }
    }

    /**
     * Reads exactly one array from {@code in}, leaving it just after the data. The stream's
     * length is unknown in advance, so the data is first collected in chunks that grow only as
     * bytes actually arrive (peak memory about twice the array), then decoded.
     */
    static NDArray read(InputStream in) throws IOException {
        NpyHeader h = NpyHeader.read(in);
        long need = h.dataBytes();
        List<byte[]> chunks = new ArrayList<>();
        long got = 0;
        int size = FIRST_STREAM_CHUNK;
        while (got < need) {
            int want = (int) Math.min(need - got, size);
            byte[] c = in.readNBytes(want);
            got += c.length;
            if (c.length < want) {
                throw mismatch(h, need, "stream", got);
            }
            chunks.add(c);
            size = Math.min(size * 2, CHUNK);
        }
        DType dtype = h.type().dtype();
        Object dst = Buffers.allocate(dtype, h.count());
        if (dtype.isString()) {
            if (need > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("Npy: string data of " + h.describe()
                        + " is too large to read from a stream (" + need + " bytes); use Npy.load(Path)");
            }
            // String elements (4 * width bytes) may straddle chunks: decode from one joined buffer.
            ByteBuffer all = ByteBuffer.allocate((int) need).order(h.type().order());
            chunks.forEach(all::put);
            decode(all.flip(), h.type(), dst, 0, h.count());
            return build(h, dst);
        }
        int done = 0;
        for (byte[] c : chunks) {
            // Every chunk but the last has a power-of-two length, so none splits an element.
            int k = c.length / dtype.itemsize();
            ElementCodec.decode(ByteBuffer.wrap(c).order(h.type().order()), dst, done, k);
            done += k;
        }
        return build(h, dst);
    }

    /**
     * Reads the data of an array whose header {@code h} was just read from {@code in}, when the
     * caller already knows the stream holds that much (a zip entry's declared size): the array is
     * allocated first and filled chunk by chunk, so reading costs the array plus one chunk.
     */
    static NDArray readData(InputStream in, NpyHeader h) throws IOException {
        int itemsize = h.type().itemsize();
        int count = h.count();
        Object dst = Buffers.allocate(h.type().dtype(), count);
        if (count > 0 && itemsize > 0) {
            // whole elements per chunk (a wide string element may exceed a chunk: then one per chunk)
            int per = Math.max(1, CHUNK / itemsize);
            byte[] buf = new byte[(int) Math.min((long) per * itemsize, h.dataBytes())];
            for (int done = 0; done < count; done += per) {
                int k = Math.min(count - done, per);
                int got = in.readNBytes(buf, 0, k * itemsize);
                if (got < k * itemsize) {
                    throw mismatch(h, h.dataBytes(), "stream", (long) done * itemsize + got);
                }
                decode(ByteBuffer.wrap(buf, 0, k * itemsize).order(h.type().order()), h.type(), dst, done, k);
            }
        }
        return build(h, dst);
    }

    private static void decode(ByteBuffer src, Descr type, Object dst, int off, int n) {
        if (dst instanceof String[] strings) {
            StringCodec.decode(src, strings, off, n, type.width());
        } else {
            ElementCodec.decode(src, dst, off, n);
        }
    }

    private static IllegalArgumentException mismatch(NpyHeader h, long need, String source, long have) {
        return new IllegalArgumentException("Npy: data size mismatch: shape " + h.describe() + " needs "
                + need + " bytes, " + source + " has " + have);
    }

    private static NDArray build(NpyHeader h, Object dst) {
        int[] shape = h.shape();
        DType dtype = h.type().dtype();
        // Strides only matter when there is an element to step to: an empty or 1-d Fortran
        // array is a C array too (NumPy flags it both ways).
        if (!h.fortranOrder() || shape.length < 2 || h.count() == 0) {
            return wrap(h, dst, shape);
        }
        int n = shape.length;
        int[] reversed = new int[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = shape[n - 1 - i];
        }
        int[] cStrides = Shapes.cStrides(reversed);
        int[] fStrides = new int[n];
        for (int i = 0; i < n; i++) {
            fStrides[i] = cStrides[n - 1 - i];
        }
        return ACCESS.view(wrap(h, dst, reversed), shape.clone(), fStrides, 0);
    }

    private static NDArray wrap(NpyHeader h, Object dst, int[] shape) {
        if (dst instanceof String[] strings) {
            // NumPy's '<U0' holds only empty strings; ndvec's narrowest string is '<U1'.
            return ACCESS.wrapString(strings, Math.max(1, h.type().width()), shape);
        }
        return ACCESS.wrap(dst, h.type().dtype(), shape);
    }
}
