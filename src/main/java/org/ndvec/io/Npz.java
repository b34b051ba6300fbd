package org.ndvec.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ndvec.NDArray;

/**
 * NumPy's {@code .npz} archives: several named arrays in one zip file, each stored as a
 * {@code .npy} entry named {@code <name>.npy}. {@code np.savez}, {@code np.savez_compressed},
 * {@code np.load} on an {@code .npz}.
 *
 * <p>Only {@code java.util.zip} is used. Writing is atomic (a temporary file renamed over the
 * target, see {@link Npy#save}). Reading refuses entries that are not {@code .npy} arrays (NumPy
 * would hand them back as raw bytes; ndvec has nothing to hold them in) and bounds the total of
 * uncompressed bytes it will read, so a small deflated "zip bomb" cannot exhaust the heap.
 * Malformed content raises {@link IllegalArgumentException} with a message beginning
 * {@code "Npz: "} (or {@code "Npy: "} for a bad array inside).
 */
public final class Npz {
    private static final String SUFFIX = ".npy";

    private Npz() {
    }

    /**
     * Saves arrays uncompressed (zip method STORED), in the map's iteration order.
     * {@code np.savez(path, **arrays)}
     *
     * @param path   the file to create or replace (no {@code .npz} suffix is added, unlike NumPy)
     * @param arrays name to array; each becomes the entry {@code name + ".npy"}
     * @throws IOException if the file cannot be written; {@code path} is then left as it was
     */
    public static void save(Path path, Map<String, NDArray> arrays) throws IOException {
        write(path, arrays, false);
    }

    /**
     * Saves arrays as {@link #save} does, but deflated. {@code np.savez_compressed(path, **arrays)}
     *
     * @param path the file to write (replaced)
     * @param arrays the arrays by name; each is stored as {@code <name>.npy}
     * @throws IOException if the file cannot be written
     */
    public static void saveCompressed(Path path, Map<String, NDArray> arrays) throws IOException {
        write(path, arrays, true);
    }

    /**
     * Saves arrays under NumPy's positional names {@code arr_0, arr_1, ...}, uncompressed.
     * {@code np.savez(path, *arrays)}
     *
     * @param path the file to write (replaced)
     * @param arrays the arrays, stored as {@code arr_0.npy}, {@code arr_1.npy}, ...
     * @throws IOException if the file cannot be written
     */
    public static void save(Path path, NDArray... arrays) throws IOException {
        save(path, positional(arrays));
    }

    /**
     * Positional {@link #saveCompressed}. {@code np.savez_compressed(path, *arrays)}
     *
     * @param path the file to write (replaced)
     * @param arrays the arrays, stored as {@code arr_0.npy}, {@code arr_1.npy}, ...
     * @throws IOException if the file cannot be written
     */
    public static void saveCompressed(Path path, NDArray... arrays) throws IOException {
        saveCompressed(path, positional(arrays));
    }

    /**
     * Loads every array of an archive, reading at most as many uncompressed bytes as the JVM's
     * maximum heap ({@code Runtime.maxMemory()}). {@code dict(np.load(path))}
     *
     * @param path the archive to read
     * @return the arrays by name (entry name without {@code .npy}), in the archive's order; unmodifiable
     * @throws IllegalArgumentException if an entry is not a {@code .npy} array, names repeat, an
     *                                  array is malformed, or the data exceed the bound
     * @throws IOException              if the file cannot be read or is not a zip file
     */
    public static Map<String, NDArray> load(Path path) throws IOException {
        return load(path, Runtime.getRuntime().maxMemory());
    }

    /**
     * {@link #load(Path)} with an explicit bound on the total uncompressed bytes read (headers
     * included); the archive is refused as soon as its entries claim or deliver more.
     *
     * @param path the archive to read
     * @param maxTotalBytes the most uncompressed bytes to read, headers included
     * @return the arrays by name (entry name without {@code .npy}), in the archive's order; unmodifiable
     * @throws IOException if the file cannot be read or is not a zip file
     */
    public static Map<String, NDArray> load(Path path, long maxTotalBytes) throws IOException {
        Objects.requireNonNull(path, "path");
        if (maxTotalBytes < 0) {
            throw new IllegalArgumentException("Npz: maxTotalBytes must be >= 0, got " + maxTotalBytes);
        }
        Map<String, NDArray> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            // First the cheap checks on the central directory, so nothing is decoded from a bad archive.
            long declared = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(SUFFIX)) {
                    throw new IllegalArgumentException("Npz: entry " + Python.repr(e.getName())
                            + " is not a .npy array; ndvec loads only arrays from .npz files");
                }
                declared += Math.max(0, e.getSize());
                if (declared > maxTotalBytes) {
                    throw tooBig(maxTotalBytes);
                }
            }
            Budget budget = new Budget(maxTotalBytes);
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String name = e.getName().substring(0, e.getName().length() - SUFFIX.length());
                if (out.containsKey(name)) {
                    throw new IllegalArgumentException("Npz: entry " + Python.repr(e.getName()) + " appears twice");
                }
                try (InputStream in = new Bounded(zip.getInputStream(e), budget)) {
                    NDArray a = Npy.read(in);
                    if (in.read() != -1) {
                        throw new IllegalArgumentException("Npz: entry " + Python.repr(e.getName())
                                + " has bytes after its array's data");
                    }
                    out.put(name, a);
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, NDArray> positional(NDArray[] arrays) {
        Map<String, NDArray> m = new LinkedHashMap<>();
        for (int i = 0; i < arrays.length; i++) {
            m.put("arr_" + i, Objects.requireNonNull(arrays[i], "arrays[" + i + "]"));
        }
        return m;
    }

    private static void write(Path path, Map<String, NDArray> arrays, boolean deflate) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(arrays, "arrays");
        arrays.forEach((k, v) -> {
            Objects.requireNonNull(k, "array name");
            Objects.requireNonNull(v, k);
        });
        AtomicFile.write(path, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setMethod(deflate ? ZipOutputStream.DEFLATED : ZipOutputStream.STORED);
            for (Map.Entry<String, NDArray> e : arrays.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey() + SUFFIX);
                if (!deflate) {
                    // A stored entry's header carries its size and CRC before the data: measure them
                    // by encoding once into nothing, rather than buffering the whole array.
                    CRC32 crc = new CRC32();
                    Counting counter = new Counting();
                    Npy.write(new CheckedOutputStream(counter, crc), e.getValue());
                    entry.setSize(counter.count);
                    entry.setCompressedSize(counter.count);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                Npy.write(zip, e.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    private static IllegalArgumentException tooBig(long max) {
        return new IllegalArgumentException("Npz: uncompressed data exceed the limit of " + max
                + " bytes; refusing to load it (pass a larger maxTotalBytes if the archive is trusted)");
    }

    /** Discards bytes, counting them. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Uncompressed bytes the archive may still deliver, shared by all its entries. */
    private static final class Budget {
        private final long max;
        private long left;

        Budget(long max) {
            this.max = max;
            this.left = max;
        }

        void take(long n) {
            left -= n;
            if (left < 0) {
                throw tooBig(max);
            }
        }
    }

    /** An entry's stream that charges every byte it delivers to the budget. */
    private static final class Bounded extends FilterInputStream {
        private final Budget budget;

        Bounded(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.take(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.take(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            budget.take(k);
            return k;
        }
    }
}
