package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.internal.Internals;

/**
 * {@code <U} string arrays against files NumPy wrote ({@code gen_npy_string_fixtures.py}):
 * loaded values, shapes and widths equal NumPy's, and what ndvec writes is byte for byte what
 * {@code np.save} writes, for contiguous, Fortran-order, reversed and strided arrays.
 */
class NpyStringTest {

    private static Path dir() {
        try {
            return Path.of(NpyStringTest.class.getResource("/fixtures/npy_strings/manifest.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> manifest() throws IOException {
        return Files.readAllLines(dir().resolve("manifest.txt")).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\\|", -1)).toList();
    }

    private static String decode(String hex) {
        if (hex.equals("-")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String cp : hex.split("\\.")) {
            sb.appendCodePoint(Integer.parseInt(cp, 16));
        }
        return sb.toString();
    }

    private static String[] cOrderValues(NDArray a) {
        NDArray c = a.copy();
        return ((String[]) Internals.access().data(c)).clone();
    }

    private static byte[] written(NDArray a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, a);
        return out.toByteArray();
    }

    @Test
    void loadsEveryNumpyFixtureAndWritesItBack() throws IOException {
        int checked = 0;
        for (String[] f : manifest()) {
            if (!f[0].equals("ok")) {
                continue;
            }
            String what = f[1];
            Path p = dir().resolve(f[1]);
            NDArray a = Npy.load(p);
            NDArray streamed = Npy.read(new ByteArrayInputStream(Files.readAllBytes(p)));
            int[] shape = f[3].isEmpty() ? new int[0] : Arrays.stream(f[3].split(",")).mapToInt(Integer::parseInt).toArray();
            String[] expected = f[5].isEmpty() ? new String[0]
                    : Arrays.stream(f[5].split(" ")).map(NpyStringTest::decode).toArray(String[]::new);
            for (NDArray x : new NDArray[] {a, streamed}) {
                assertEquals(DType.STRING, x.dtype(), what);
                // ndvec arrays are always little-endian in memory: '>U3' loads as '<U3'.
                assertEquals("<" + f[2].substring(1), x.dtypeDescr(), what);
                assertArrayEquals(shape, x.shape(), what);
                assertArrayEquals(expected, cOrderValues(x), what);
            }
            if (f[4].equals("1")) {
                assertArrayEquals(Files.readAllBytes(p), written(a), what);
            }
            checked++;
        }
        assertTrue(checked >= 10, "fixtures found: " + checked);
    }

    @Test
    void viewsAreWrittenAsNumpyWritesThem() throws IOException {
        NDArray uni = Npy.load(dir().resolve("unicode.npy"));
        assertArrayEquals(Files.readAllBytes(dir().resolve("unicode_rev.npy")), written(uni.get("::-1")));
        NDArray matrix = Npy.load(dir().resolve("matrix.npy"));
        assertArrayEquals(Files.readAllBytes(dir().resolve("strided.npy")), written(matrix.get(":, ::2")));
        assertArrayEquals(Files.readAllBytes(dir().resolve("fortran.npy")), written(matrix.T()));
    }

    @Test
    void refusesWhatAJavaStringCannotHold() throws IOException {
        Map<String, String> errors = new HashMap<>();
        for (String[] f : manifest()) {
            if (f[0].equals("err")) {
                errors.put(f[1], f[2]);
            }
        }
        assertTrue(!errors.isEmpty());
        for (Map.Entry<String, String> e : errors.entrySet()) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                    () -> Npy.load(dir().resolve(e.getKey())));
            assertTrue(x.getMessage().contains(e.getValue()), x.getMessage());
        }
    }
}
