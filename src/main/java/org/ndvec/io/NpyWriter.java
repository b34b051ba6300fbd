package org.ndvec.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ndvec.NDArray;
import org.ndvec.internal.ArrayAccess;
import org.ndvec.internal.Internals;
import org.ndvec.iter.StridedLoop;
import org.ndvec.layout.Shapes;
import org.ndvec.storage.Buffers;
import org.ndvec.storage.Cast;

/**
 * Writes one array in {@code .npy} format, making the same choices as NumPy's
 * {@code write_array}: a C-contiguous array is written as is; an array that is Fortran-contiguous
 * but not C-contiguous (a transposed matrix) is written as is with {@code fortran_order: True};
 * anything else (slices with steps, reversed or broadcast views) is written in C order. Data is
 * always little-endian, as {@code np.save} writes our dtypes on every machine NumPy runs on today.
 */
final class NpyWriter {
    private static final ArrayAccess ACCESS = Internals.access();

    /**
     * Bytes encoded per write (and, in {@link NpyReader}, read) call. Chosen on the workloads of
     * NpyBench (npy_save_f64_1m, npy_load_f64_1m: 8 MB of float64), best of 40 runs on the loaded
     * 2-core machine (JMH's error bars were wider than the differences): save/load took
     * 13-16/3.0 ms with 16 KiB chunks, 8.4-11/2.3 ms with 256 KiB, 7.4-8.6/1.6-1.8 ms with 1 MiB
     * and 8.3-9.4/2.0-2.2 ms with 4 MiB.
     */
    static final int CHUNK = 1 << 20;

    private NpyWriter() {
    }

    static void write(OutputStream out, NDArray a) throws IOException {
        int[] shape = ACCESS.shape(a);
        int[] strides = ACCESS.strides(a);
        // NumPy flags every empty array C-contiguous, whatever its strides, so it writes
        // fortran_order False for them (Shapes.isCContiguous stops early on a transposed one).
        boolean cOrder = a.size() == 0 || Shapes.isCContiguous(shape, strides);
        boolean fortran = !cOrder && Shapes.isFContiguous(shape, strides);
        boolean strings = a.dtype().isString();
        out.write(NpyHeader.encode(strings ? a.dtypeDescr() : a.dtype().descr(), fortran, shape));
        int itemsize = a.itemsize();
        int size = a.size();
        if (size == 0) {
            return;
        }
        if (strings) {
            writeStrings(out, a, cOrder || fortran, itemsize);
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min((long) size * itemsize, CHUNK))
                .order(ByteOrder.LITTLE_ENDIAN);
        Object data = ACCESS.data(a);
        if (cOrder || fortran) {
            // Either way the elements are one run of storage, in the order the header promises.
            append(out, buf, data, ACCESS.offset(a), size, itemsize);
        } else {
            Object scratch = Buffers.allocate(a.dtype(), buf.capacity() / itemsize);
            int scratchLen = Buffers.length(scratch);
            try {
                StridedLoop.plan(shape, strides).forEachRow(new int[] {ACCESS.offset(a)}, (off, n, st) -> {
                    for (int done = 0; done < n; done += scratchLen) {
                        int k = Math.min(n - done, scratchLen);
                        Cast.row(data, off[0] + done * st[0], st[0], scratch, 0, 1, k);
                        try {
                            append(out, buf, scratch, 0, k, itemsize);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        flush(out, buf);
    }

    /**
     * Strings go element by element (each is re-encoded as UTF-32 anyway), in storage order when
     * the header's order matches it and through {@link StridedLoop} otherwise.
     */
    private static void writeStrings(OutputStream out, NDArray a, boolean oneRun, int itemsize) throws IOException {
        String[] data = (String[]) ACCESS.data(a);
        int width = ACCESS.stringWidth(a);
        // A wide element may exceed a chunk; the buffer then holds exactly one.
        ByteBuffer buf = ByteBuffer.allocate((int) Math.max(itemsize, Math.min((long) a.size() * itemsize, CHUNK)))
                .order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (oneRun) {
                appendStrings(out, buf, data, ACCESS.offset(a), 1, a.size(), width);
            } else {
                StridedLoop.plan(ACCESS.shape(a), ACCESS.strides(a)).forEachRow(new int[] {ACCESS.offset(a)},
                        (off, n, st) -> appendStrings(out, buf, data, off[0], st[0], n, width));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        flush(out, buf);
    }

    private static void appendStrings(OutputStream out, ByteBuffer buf, String[] data, int off, int step, int n,
            int width) {
        try {
            for (int i = 0; i < n; i++) {
                if (buf.remaining() < 4 * width) {
                    flush(out, buf);
                }
                StringCodec.encode(data[off + i * step], width, buf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Encodes {@code n} elements into {@code buf}, writing it out each time it fills. */
    private static void append(OutputStream out, ByteBuffer buf, Object src, int off, int n, int itemsize)
            throws IOException {
        while (n > 0) {
            int k = Math.min(n, buf.remaining() / itemsize);
            if (k == 0) {
                flush(out, buf);
                continue;
            }
            ElementCodec.encode(src, off, k, buf);
            off += k;
            n -= k;
        }
    }

    private static void flush(OutputStream out, ByteBuffer buf) throws IOException {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
    }
}
