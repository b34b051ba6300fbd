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
 * would hand them back as raw bytes; ndvec has nothing to hold them in), checks every entry's
 * CRC-32, and bounds the uncompressed bytes it will read (declared and actually inflated), so a
 * small deflated "zip bomb" cannot exhaust the heap.
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
        Objects.requireNonNull(arrays, "arrays");
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
        Objects.requireNonNull(arrays, "arrays");
        saveCompressed(path, positional(arrays));
    }

    /**
     * Loads every array of an archive, with a bound on the uncompressed bytes of half the heap
     * that is free when it is called ({@code (Runtime.maxMemory() - used) / 2}), so that what it
     * loads leaves room for the program that asked for it. A larger archive is refused with a
     * message naming the bound; load a trusted one with {@link #load(Path, long)}.
     * {@code dict(np.load(path))}
     *
     * @param path the archive to read
     * @return the arrays by name (entry name without {@code .npy}), in the archive's order; unmodifiable
     * @throws IllegalArgumentException if an entry is not a {@code .npy} array, names repeat, an
     *                                  array is malformed, an entry's CRC-32 is wrong, or the data
     *                                  exceed the bound
     * @throws IOException              if the file cannot be read or is not a zip file
     */
    public static Map<String, NDArray> load(Path path) throws IOException {
        return load(path, defaultLimit());
    }

    /** Half the heap that is free now, the default bound of {@link #load(Path)}. */
    static long defaultLimit() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return Math.max(0, (rt.maxMemory() - used) / 2);
    }

    /**
     * {@link #load(Path)} with an explicit bound on the total uncompressed bytes (headers
     * included). The archive is refused before anything is decoded when the sizes its zip
     * directory declares add up to more, and while reading when an entry inflates to more than
     * it declared (a "zip bomb" that lies about its size stops at its declared size). Each array
     * is decoded straight from the inflating stream into its own storage: loading costs the
     * arrays themselves plus a buffer of at most 1 MiB. Every entry's CRC-32 is checked, as
     * NumPy's zipfile does ({@code BadZipFile: Bad CRC-32 for file 'x.npy'}).
     *
     * @param path the archive to read
     * @param maxTotalBytes the most uncompressed bytes to read, headers included
     * @return the arrays by name (entry name without {@code .npy}), in the archive's order; unmodifiable
     * @throws IOException if the file cannot be read, is not a zip file, or an entry fails its CRC-32
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
                if (e.getSize() < 0) {
                    throw new IllegalArgumentException("Npz: entry " + Python.repr(e.getName())
                            + " does not declare its uncompressed size");
                }
                declared += e.getSize();
                if (declared > maxTotalBytes) {
                    throw tooBig(maxTotalBytes);
                }
            }
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String name = e.getName().substring(0, e.getName().length() - SUFFIX.length());
                if (out.containsKey(name)) {
                    throw new IllegalArgumentException("Npz: entry " + Python.repr(e.getName()) + " appears twice");
                }
                out.put(name, readEntry(zip, e));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** One entry: its header, then exactly the data it declares, straight into the array; CRC checked. */
    private static NDArray readEntry(ZipFile zip, ZipEntry e) throws IOException {
        try (EntryStream in = new EntryStream(zip.getInputStream(e), e)) {
            NpyHeader h = NpyHeader.read(in);
            long data = e.getSize() - in.count;
            if (h.dataBytes() != data) {
                throw new IllegalArgumentException("Npy: data size mismatch: shape " + h.describe() + " needs "
                        + h.dataBytes() + " bytes, zip entry " + Python.repr(e.getName()) + " declares " + data);
            }
            NDArray a = NpyReader.readData(in, h);
            if (in.read() != -1) {
                throw new IllegalArgumentException("Npz: entry " + Python.repr(e.getName())
                        + " has bytes after its array's data");
            }
            if (in.crc.getValue() != e.getCrc()) {
                throw new IllegalArgumentException("Npz: Bad CRC-32 for file " + Python.repr(e.getName()));
            }
            return a;
        }
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
        return new IllegalArgumentException("Npz: uncompressed data exceed the limit of " + max + " bytes (by default"
                + " half the free heap); refusing to load it. If the archive is trusted, load it with"
                + " Npz.load(path, maxTotalBytes) and a larger limit (and a larger -Xmx if the heap is too small)");
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

    /**
     * An entry's inflating stream that checksums and counts what it delivers and stops with an
     * error when the entry inflates to more than its declared size.
     */
    private static final class EntryStream extends FilterInputStream {
        final CRC32 crc = new CRC32();
        long count;
        private final ZipEntry entry;

        EntryStream(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        private void took(byte[] b, int off, int n) {
            count += n;
            if (count > entry.getSize()) {
                throw new IllegalArgumentException("Npz: entry " + Python.repr(entry.getName())
                        + " inflates to more than the " + entry.getSize() + " bytes its zip header declares");
            }
            crc.update(b, off, n);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                took(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            int k = read(buf, 0, buf.length);
            return Math.max(k, 0);
        }
    }
}
