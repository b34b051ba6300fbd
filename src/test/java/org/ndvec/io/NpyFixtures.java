package org.ndvec.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;

/**
 * The fixtures {@code src/test/python/gen_npy_fixtures.py} wrote with NumPy, and the
 * conversions tests need to compare arrays bit for bit.
 */
final class NpyFixtures {
    private NpyFixtures() {
    }

    /** One {@code ok} line of manifest.txt: a file NumPy wrote and what NumPy read back from it. */
    record Ok(String file, DType dtype, int[] shape, boolean fortran, boolean savedByNumpy, String[] values) {
        Path path() {
            return dir().resolve(file);
        }

        /** A fresh C-contiguous array of the expected values (Fortran-contiguous if the file is). */
        NDArray array() {
            NDArray c = Internals.access().wrap(parse(dtype, values), dtype, shape);
            // x.T is Fortran-contiguous; its copy is C-contiguous, and the copy's .T is x again
            // with Fortran strides, the layout np.asfortranarray gives.
            return fortran ? c.T().copy().T() : c;
        }

        long[] bits() {
            return bitsOf(array());
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** One {@code err} line: a file ndvec must refuse, with a message containing {@code text}. */
    record Err(String file, String text) {
        Path path() {
            return dir().resolve(file);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Path dir() {
        try {
            return Path.of(NpyFixtures.class.getResource("/fixtures/npy/manifest.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Ok> ok() {
        List<Ok> out = new ArrayList<>();
        for (String[] f : lines("ok")) {
            DType dtype = DType.of(f[2]);
            int[] shape = f[3].isEmpty() ? new int[0] : Arrays.stream(f[3].split(",")).mapToInt(Integer::parseInt).toArray();
            String[] values = f.length > 6 && !f[6].isEmpty() ? f[6].split(" ") : new String[0];
            out.add(new Ok(f[1], dtype, shape, f[4].equals("F"), f[5].equals("1"), values));
        }
        return out;
    }

    static Ok ok(String file) {
        return ok().stream().filter(o -> o.file().equals(file)).findFirst().orElseThrow();
    }

    static List<Err> err() {
        return lines("err").stream().map(f -> new Err(f[1], f[2])).toList();
    }

    private static List<String[]> lines(String kind) {
        try {
            return Files.readAllLines(dir().resolve("manifest.txt")).stream()
                    .filter(l -> l.startsWith(kind + "|"))
                    .map(l -> l.split("\\|", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values as the generator wrote them (floats as float.hex, NaN, Infinity) in ndvec storage. */
    static Object parse(DType dtype, String[] v) {
        return switch (dtype) {
            case FLOAT64 -> Arrays.stream(v).mapToDouble(Double::parseDouble).toArray();
            case FLOAT32 -> {
                float[] f = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    f[i] = (float) Double.parseDouble(v[i]);
                }
                yield f;
            }
            case INT64 -> Arrays.stream(v).mapToLong(Long::parseLong).toArray();
            case INT32 -> Arrays.stream(v).mapToInt(Integer::parseInt).toArray();
            case BOOL -> {
                byte[] b = new byte[v.length];
                for (int i = 0; i < v.length; i++) {
                    b[i] = Byte.parseByte(v[i]);
                }
                yield b;
            }
            case STRING -> v.clone();
        };
    }

    /**
     * The elements in C order as raw bits: NaN equals NaN, but -0.0 differs from 0.0 and
     * float32 values are compared as float32.
     */
    static long[] bitsOf(NDArray a) {
        return switch (a.dtype()) {
            case FLOAT64 -> Arrays.stream(a.toDoubleArray()).mapToLong(Double::doubleToLongBits).toArray();
            case FLOAT32 -> {
                float[] f = a.toFloatArray();
                long[] out = new long[f.length];
                for (int i = 0; i < f.length; i++) {
                    out[i] = Float.floatToIntBits(f[i]);
                }
                yield out;
            }
            case INT64, INT32 -> a.toLongArray();
            case BOOL -> {
                boolean[] b = a.toBooleanArray();
                long[] out = new long[b.length];
                for (int i = 0; i < b.length; i++) {
                    out[i] = b[i] ? 1 : 0;
                }
                yield out;
            }
            case STRING -> throw new IllegalArgumentException("no bit view of string arrays");
        };
    }
}
