package org.ndvec.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.ndvec.NDArray;

/**
 * NumPy's {@code .npy} format: {@code np.save} and {@code np.load} for one array.
 *
 * <p><b>Writing</b> produces the very bytes {@code np.save} writes for the same array: a
 * version 1.0 header with the same dict, spacing and 64-byte alignment, then the data in
 * little-endian order. C-contiguous arrays are written as they are, Fortran-contiguous ones
 * (a transposed matrix) with {@code fortran_order: True}, any other view in C order.
 *
 * <p><b>Reading</b> accepts versions 1.0, 2.0 and 3.0 (UTF-8 header), C and Fortran order,
 * little- and big-endian data, for the dtypes bool ({@code |b1}), int32 ({@code <i4}), int64
 * ({@code <i8}), float32 ({@code <f4}), float64 ({@code <f8}) and fixed-width unicode strings
 * ({@code <U7}: 7 UTF-32 code points per element, zero-padded; trailing NULs are stripped on
 * read, as NumPy does). Fortran-order files load as
 * views with Fortran strides, without a copy, as in NumPy. Everything is checked before the
 * array is allocated: the magic string, a header of at most 10,000 bytes (NumPy's
 * {@code max_header_size}), a strictly parsed dict with exactly the keys {@code descr},
 * {@code fortran_order} and {@code shape}, a supported descr (object arrays are refused: their
 * data is a pickle), non-negative dims, and a data size equal to what the file holds.
 *
 * <p>Malformed or unsupported content raises {@link IllegalArgumentException} with a message
 * beginning {@code "Npy: "}, e.g. {@code Npy: data size mismatch: shape (3, 4) of <f8 needs 96
 * bytes, file has 80}; failures of the file system raise {@link IOException}.
 */
public final class Npy {
    private Npy() {
    }

    /**
     * Saves an array to a {@code .npy} file, atomically: the bytes go to a temporary file in
     * the same directory, which then replaces {@code path} in one rename. If anything fails,
     * {@code path} is left as it was and the temporary file is removed. Only regular files are
     * replaced: an existing named pipe or device is written in place, as {@code np.save} would.
     * A process killed while saving leaves its temporary file ({@code .<name>.<random>.tmp});
     * the next successful save to the same path deletes such leftovers once they are an hour
     * old. {@code np.save(path, a)}
     *
     * @param path the file to create or replace (no {@code .npy} suffix is added, unlike NumPy)
     * @param a    the array; not modified
     * @throws IOException if the file cannot be written, or {@code path} is a directory
     */
    public static void save(Path path, NDArray a) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(a, "a");
        AtomicFile.write(path, out -> NpyWriter.write(out, a));
    }

    /**
     * Writes an array in {@code .npy} format to a stream, which is left open.
     * {@code np.lib.format.write_array(f, a)}
     *
     * @param out the stream; flushed, not closed
     * @param a   the array; not modified
     * @throws IOException if writing to the stream fails
     */
    public static void write(OutputStream out, NDArray a) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(a, "a");
        NpyWriter.write(out, a);
        out.flush();
    }

    /**
     * Loads an array from a {@code .npy} file. The file must hold exactly the header and the
     * data its shape and descr call for. {@code np.load(path)}
     *
     * @param path the file to read
     * @return a new C-contiguous array holding the file's array
     * @throws IllegalArgumentException if the file is not a valid {@code .npy} file of a
     *                                  supported dtype (the message says what is wrong)
     * @throws IOException              if the file cannot be read
     */
    public static NDArray load(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return NpyReader.load(path);
    }

    /**
     * Reads one array from a stream, leaving the stream just after the array's data (so
     * several arrays can be read from one stream). The stream is not closed. Since a stream's
     * length is unknown, the data is collected in chunks before the array is allocated, which
     * costs up to twice the array's size in memory while reading; prefer {@link #load(Path)}
     * for files. {@code np.lib.format.read_array(f)}
     *
     * @param in the stream, positioned at the start of an array's magic string
     * @return a new C-contiguous array
     * @throws IllegalArgumentException if the stream does not hold a valid {@code .npy} array
     *                                  of a supported dtype, or ends early
     * @throws IOException              if reading fails
     */
    public static NDArray read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return NpyReader.read(in);
    }
}
