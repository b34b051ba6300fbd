package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ndvec.DType;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** Saving: the bytes must be exactly those np.save wrote for the same array (the committed fixtures). */
class NpySaveTest {

    @TempDir
    Path tmp;

    /** The views the generator saved with NumPy, built here the same way with ndvec. */
    static Map<String, NDArray> views() {
        Map<String, NDArray> v = new LinkedHashMap<>();
        v.put("view_strided.npy", Nd.arange(24.0).reshape(4, 6).get("::2, ::-1"));
        v.put("view_broadcast.npy", Nd.arange(3L).broadcastTo(2, 3));
        v.put("view_transposed.npy", NDArray.wrap(new int[] {0, 1, 2, 3, 4, 5}, 2, 3).T());
        float[] twelve = new float[12];
        for (int i = 0; i < 12; i++) {
            twelve[i] = i;
        }
        v.put("view_column.npy", NDArray.wrap(twelve, 3, 4).get(":, 1:2"));
        v.put("view_empty_transposed.npy", NDArray.wrap(new float[0], 3, 0, 2).T());
        return v;
    }

    static List<NpyFixtures.Ok> savedByNumpy() {
        return NpyFixtures.ok().stream().filter(NpyFixtures.Ok::savedByNumpy).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("savedByNumpy")
    void savesTheBytesNumpySaves(NpyFixtures.Ok f) throws IOException {
        byte[] numpy = Files.readAllBytes(f.path());
        Path mine = tmp.resolve(f.file());
        Npy.save(mine, f.array());
        assertArrayEquals(numpy, Files.readAllBytes(mine));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, f.array());
        assertArrayEquals(numpy, out.toByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("savedByNumpy")
    void loadThenSaveGivesTheSameFile(NpyFixtures.Ok f) throws IOException {
        Path mine = tmp.resolve(f.file());
        Npy.save(mine, Npy.load(f.path()));
        assertArrayEquals(Files.readAllBytes(f.path()), Files.readAllBytes(mine));
    }

    @Test
    void viewsAreSavedAsNumpySavesThem() throws IOException {
        for (Map.Entry<String, NDArray> e : views().entrySet()) {
            Path mine = tmp.resolve(e.getKey());
            Npy.save(mine, e.getValue());
            assertArrayEquals(Files.readAllBytes(NpyFixtures.dir().resolve(e.getKey())), Files.readAllBytes(mine),
                    e.getKey());
        }
    }

    @Test
    void bigEndianFilesAreSavedLittleEndianWithTheSameValues() throws IOException {
        for (NpyFixtures.Ok f : NpyFixtures.ok()) {
            if (!f.file().contains("_big_")) {
                continue;
            }
            Path mine = tmp.resolve(f.file());
            Npy.save(mine, Npy.load(f.path()));
            String header = new String(Files.readAllBytes(mine), 10, 40, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(header.startsWith("{'descr': '<"), header);
            assertArrayEquals(f.bits(), NpyFixtures.bitsOf(Npy.load(mine)));
        }
    }

    /** headers.txt holds what np.save's header writer produced for shapes covering every padding length. */
    @Test
    void headersMatchNumpyForEveryPaddingLength() throws IOException {
        List<String> lines = Files.readAllLines(NpyFixtures.dir().resolve("headers.txt"));
        assertTrue(lines.size() > 50);
        boolean fullPad = false;
        for (String line : lines) {
            String[] f = line.split("\\|", -1);
            int[] shape = f[1].isEmpty() ? new int[0] : Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray();
            byte[] numpy = HexFormat.of().parseHex(f[3]);
            byte[] mine = NpyHeader.encode(DType.of(f[0]).descr(), f[2].equals("F"), shape);
            assertArrayEquals(numpy, mine, line);
            assertEquals(0, mine.length % 64);
            fullPad |= new String(mine, java.nio.charset.StandardCharsets.ISO_8859_1).endsWith(" ".repeat(64) + "\n");
        }
        assertTrue(fullPad, "no header exercised NumPy's full 64-byte pad");
    }

    @Test
    void headerOfA64DimArrayStillFitsVersion1() {
        int[] shape = IntStream.range(0, 64).map(i -> Integer.MAX_VALUE).toArray();
        byte[] h = NpyHeader.encode(DType.FLOAT64.descr(), false, shape);
        assertEquals(1, h[6]);
        assertEquals(0, h.length % 64);
    }
}
