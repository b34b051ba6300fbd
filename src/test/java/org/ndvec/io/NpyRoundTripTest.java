package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/**
 * Save then load (file and stream) gives back the same dtype, shape and bits, for every dtype
 * and layout, including arrays large enough to span many I/O chunks.
 *
 * <p>With {@code -Dndvec.npy.export=DIR} it also writes, for NumPy to check
 * ({@code gen_npy_fixtures.py --verify DIR}), every fixture as ndvec re-saves it and the views
 * of {@link NpySaveTest#views()} and some larger arrays as ndvec saves them.
 */
class NpyRoundTripTest {

    @TempDir
    Path tmp;

    private static final Random RND = new Random(20261122);

    static NDArray random(DType dtype, int n) {
        Object data = switch (dtype) {
            case FLOAT64 -> RND.doubles(n).map(x -> x * 1e6 - 5e5).toArray();
            case FLOAT32 -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = Float.intBitsToFloat(RND.nextInt()); // every bit pattern, NaNs included
                }
                yield f;
            }
            case INT64 -> RND.longs(n).toArray();
            case INT32 -> RND.ints(n).toArray();
            case BOOL -> {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) RND.nextInt(2);
                }
                yield b;
            }
            case STRING -> throw new IllegalArgumentException("string round trips: see stringArraysRoundTrip*");
        };
        return org.ndvec.internal.Internals.access().wrap(data, dtype, new int[] {n});
    }

    @Test
    void stringArraysRoundTripThroughFileAndStream() throws IOException {
        // Beyond the BMP, an inner NUL, empty strings, a width wider than every element, and
        // elements long enough that a 1 MiB chunk splits the data at an element boundary only.
        String[] values = new String[70_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 5) {
                case 0 -> "";
                case 1 -> "\uD83D\uDE00" + i;
                case 2 -> "a\u0000b";
                case 3 -> "\u65E5\u672C";
                default -> Integer.toString(i);
            };
        }
        NDArray a = Nd.array(values);
        Path p = tmp.resolve("strings.npy");
        Npy.save(p, a);
        for (NDArray back : new NDArray[] {Npy.load(p), Npy.read(new ByteArrayInputStream(Files.readAllBytes(p)))}) {
            assertEquals(a.dtypeDescr(), back.dtypeDescr());
            assertArrayEquals(a.shape(), back.shape());
            assertArrayEquals(values, (String[]) org.ndvec.internal.Internals.access().data(back));
        }
        assertEquals(Files.size(p), headerLength(p) + a.nbytes());
    }

    static Map<String, NDArray> layouts(DType dtype) {
        Map<String, NDArray> m = new LinkedHashMap<>();
        m.put("c3d", random(dtype, 60).reshape(3, 4, 5));
        m.put("fortran", random(dtype, 60).reshape(3, 4, 5).T());
        m.put("permuted", random(dtype, 60).reshape(3, 4, 5).transpose(1, 0, 2));
        m.put("strided", random(dtype, 60).reshape(6, 10).get("1::2, ::-3"));
        m.put("broadcast", random(dtype, 4).broadcastTo(3, 4));
        m.put("0d", random(dtype, 1).reshape());
        m.put("empty", random(dtype, 0).reshape(0, 3));
        m.put("emptyFortran", random(dtype, 0).reshape(3, 0, 2).T());
        // Two full I/O chunks and a partial third, whatever the itemsize.
        int perChunk = NpyWriter.CHUNK / dtype.itemsize();
        int rows = 2 * perChunk / 1000 + 1;
        m.put("big", random(dtype, 2 * perChunk + 1));
        m.put("bigFortran", random(dtype, rows * 1000).reshape(rows, 1000).T());
        m.put("bigStrided", random(dtype, 2 * rows * 1000).reshape(2 * rows, 1000).get("::-1, 1::2"));
        return m;
    }

    @Test
    void everyDtypeAndLayoutRoundTrips() throws IOException {
        for (DType dtype : DType.values()) {
            if (dtype == DType.STRING) {
                continue; // '<U' files: see stringArraysRoundTripThroughFileAndStream and NpyStringTest
            }
            for (Map.Entry<String, NDArray> e : layouts(dtype).entrySet()) {
                String what = dtype + " " + e.getKey();
                NDArray a = e.getValue();
                long[] bits = NpyFixtures.bitsOf(a);

                Path p = tmp.resolve(dtype + "_" + e.getKey() + ".npy");
                Npy.save(p, a);
                NDArray back = Npy.load(p);
                assertEquals(dtype, back.dtype(), what);
                assertArrayEquals(a.shape(), back.shape(), what);
                assertArrayEquals(bits, NpyFixtures.bitsOf(back), what);
                assertEquals(Files.size(p), headerLength(p) + a.nbytes(), what);

                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Npy.write(out, a);
                assertArrayEquals(Files.readAllBytes(p), out.toByteArray(), what);
                NDArray streamed = Npy.read(new ByteArrayInputStream(out.toByteArray()));
                assertArrayEquals(a.shape(), streamed.shape(), what);
                assertArrayEquals(bits, NpyFixtures.bitsOf(streamed), what);
            }
        }
    }

    @Test
    void inputIsNotModified() throws IOException {
        NDArray a = Nd.arange(12.0).reshape(3, 4).T();
        long[] before = NpyFixtures.bitsOf(a);
        int[] strides = org.ndvec.internal.Internals.access().strides(a).clone();
        Npy.save(tmp.resolve("a.npy"), a);
        assertArrayEquals(before, NpyFixtures.bitsOf(a));
        assertArrayEquals(strides, org.ndvec.internal.Internals.access().strides(a));
    }

    @Test
    void severalArraysFollowEachOtherInOneStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NDArray x = Nd.arange(5L);
        NDArray y = Nd.array(true, false);
        Npy.write(out, x);
        Npy.write(out, y);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, Npy.read(in).toLongArray());
        assertArrayEquals(new boolean[] {true, false}, Npy.read(in).toBooleanArray());
        assertEquals(-1, in.read());
    }

    /** Writes the files gen_npy_fixtures.py --verify checks with NumPy; a no-op unless asked. */
    @Test
    void exportForNumpy() throws IOException {
        String dir = System.getProperty("ndvec.npy.export");
        Path out = dir == null ? tmp.resolve("export") : Path.of(dir);
        Files.createDirectories(out);
        Map<String, NDArray> views = NpySaveTest.views();
        for (NpyFixtures.Ok f : NpyFixtures.ok()) {
            NDArray a = views.containsKey(f.file()) ? views.get(f.file()) : Npy.load(f.path());
            Npy.save(out.resolve(f.file()), a);
            assertArrayEquals(f.bits(), NpyFixtures.bitsOf(Npy.load(out.resolve(f.file()))), f.file());
        }
        // gen_npy_fixtures.py JAVA_BUILT holds the same arrays built with NumPy
        Map<String, NDArray> built = Map.of(
                "java_arange_f8_big.npy", Nd.arange(300001.0),
                "java_arange_i8_fortran.npy", Nd.arange(300000L).reshape(500, 600).T(),
                "java_arange_f4_strided.npy",
                Nd.arange(600000L).astype(DType.FLOAT32).reshape(600, 1000).get("::-1, 1::2"));
        for (Map.Entry<String, NDArray> e : built.entrySet()) {
            Npy.save(out.resolve(e.getKey()), e.getValue());
            assertArrayEquals(NpyFixtures.bitsOf(e.getValue()), NpyFixtures.bitsOf(Npy.load(out.resolve(e.getKey()))));
        }
    }

    private static long headerLength(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        return 10 + ((b[8] & 0xff) | (b[9] & 0xff) << 8);
    }
}
