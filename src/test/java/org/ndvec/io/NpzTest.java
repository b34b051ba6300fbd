package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.NDArray;
import org.ndvec.Nd;
import org.ndvec.internal.Internals;

/**
 * {@code .npz} archives NumPy wrote ({@code gen_npz_fixtures.py}) load with NumPy's names,
 * order, dtypes, shapes and values; ndvec's own archives load back the same. With
 * {@code -Dndvec.npz.export=DIR} the archives ndvec writes are kept there for
 * {@code gen_npz_fixtures.py --verify DIR}, which loads them in NumPy.
 */
class NpzTest {

    @TempDir
    Path tmp;

    private static Path dir() {
        try {
            return Path.of(NpzTest.class.getResource("/fixtures/npz/manifest.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String[]> manifest(String kind) throws IOException {
        return Files.readAllLines(dir().resolve("manifest.txt")).stream()
                .map(l -> l.split(";", -1)).filter(f -> f[0].equals(kind)).toList();
    }

    /** The manifest's text for one element of {@code a} (C order), to compare with NumPy's. */
    private static List<String> values(NDArray a) {
        Object data = Internals.access().data(a.copy());
        List<String> out = new ArrayList<>();
        switch (data) {
            case double[] d -> Arrays.stream(d).forEach(x -> out.add(Long.toString(Double.doubleToLongBits(x))));
            case float[] f -> {
                for (float x : f) {
                    out.add(Long.toString(Double.doubleToLongBits(x)));
                }
            }
            case int[] i -> Arrays.stream(i).forEach(x -> out.add(Long.toString(x)));
            case long[] l -> Arrays.stream(l).forEach(x -> out.add(Long.toString(x)));
            case byte[] b -> {
                for (byte x : b) {
                    out.add(Long.toString(x));
                }
            }
            case String[] s -> out.addAll(Arrays.asList(s));
            default -> throw new AssertionError(data.getClass());
        }
        return out;
    }

    /** NumPy's text for an element, in the form {@link #values} produces. */
    private static String expected(String v, String descr) {
        char kind = descr.charAt(1);
        return switch (kind) {
            case 'f' -> Long.toString(Double.doubleToLongBits(Double.parseDouble(v)));
            case 'U' -> {
                StringBuilder sb = new StringBuilder();
                if (!v.equals("-")) {
                    for (String cp : v.split("\\.")) {
                        sb.appendCodePoint(Integer.parseInt(cp, 16));
                    }
                }
                yield sb.toString();
            }
            default -> v;
        };
    }

    private static String descr(NDArray a) {
        return a.dtype().isString() ? a.dtypeDescr() : a.dtype().descr();
    }

    /** Checks every array of {@code archive} against NumPy's manifest lines for {@code fixture}. */
    private static int check(String fixture, Map<String, NDArray> archive) throws IOException {
        List<String[]> lines = manifest("ok").stream().filter(f -> f[1].equals(fixture)).toList();
        assertEquals(lines.stream().map(f -> f[2]).toList(), new ArrayList<>(archive.keySet()), fixture + " names");
        for (String[] f : lines) {
            String what = fixture + " " + f[2];
            NDArray a = archive.get(f[2]);
            assertEquals(f[3], descr(a), what);
            int[] shape = f[4].isEmpty() ? new int[0] : Arrays.stream(f[4].split(",")).mapToInt(Integer::parseInt).toArray();
            assertArrayEquals(shape, a.shape(), what);
            List<String> want = f[5].isEmpty() ? List.of()
                    : Arrays.stream(f[5].split(" ")).map(v -> expected(v, f[3])).toList();
            assertEquals(want, values(a), what);
        }
        return lines.size();
    }

    private Path out(String name) throws IOException {
        String export = System.getProperty("ndvec.npz.export");
        if (export == null) {
            return tmp.resolve(name);
        }
        Files.createDirectories(Path.of(export));
        return Path.of(export, name);
    }

    @Test
    void numpyArchivesLoadWithNamesOrderAndValues() throws IOException {
        int n = 0;
        for (String f : List.of("stored.npz", "deflated.npz", "positional.npz")) {
            n += check(f, Npz.load(dir().resolve(f)));
        }
        assertEquals(18, n);
    }

    @Test
    void ourArchivesLoadBackAndUseTheRightZipMethod() throws IOException {
        Map<String, NDArray> stored = Npz.load(dir().resolve("stored.npz"));
        Path s = out("stored.npz");
        Npz.save(s, stored);
        check("stored.npz", Npz.load(s));
        Path d = out("deflated.npz");
        Npz.saveCompressed(d, Npz.load(dir().resolve("deflated.npz")));
        check("deflated.npz", Npz.load(d));
        Path p = out("positional.npz");
        Map<String, NDArray> pos = Npz.load(dir().resolve("positional.npz"));
        Npz.save(p, pos.get("arr_0"), pos.get("arr_1"));
        check("positional.npz", Npz.load(p));
        for (Path f : List.of(s, d, p)) {
            int want = f == d ? ZipEntry.DEFLATED : ZipEntry.STORED;
            try (ZipFile z = new ZipFile(f.toFile())) {
                z.stream().forEach(e -> assertEquals(want, e.getMethod(), f + " " + e.getName()));
            }
        }
        assertTrue(Files.size(d) < Files.size(s), "deflated is smaller");
    }

    @Test
    void refusesEntriesThatAreNotArrays() throws IOException {
        List<String[]> errs = manifest("err");
        assertFalse(errs.isEmpty());
        for (String[] f : errs) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npz.load(dir().resolve(f[1])));
            assertTrue(e.getMessage().contains(f[2]), e.getMessage());
        }
    }

    @Test
    void boundsTheUncompressedSize() throws IOException {
        String[] bomb = manifest("bomb").getFirst();
        Path p = dir().resolve(bomb[1]);
        long size = Long.parseLong(bomb[2]);
        assertTrue(Files.size(p) * 100 < size, "the fixture is a good compressor's case");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npz.load(p, size - 1));
        assertTrue(e.getMessage().startsWith("Npz: uncompressed data exceed the limit of " + (size - 1)), e.getMessage());
        assertEquals(1_000_000, Npz.load(p, size).get("zeros").size());
    }

    /** Output of {@link NpzLoadProbe} on {@code archive} in a JVM with {@code -Xmx<heapMiB>m}. */
    private static String loadInSmallHeap(Path archive, int heapMiB) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-Xmx" + heapMiB + "m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), NpzLoadProbe.class.getName(), archive.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), out);
        return out.lines().filter(l -> !l.startsWith("WARNING")).reduce((a, b) -> b).orElse("");
    }

    // Issue 16: an honest 48 MiB entry (small on disk) ran a 64 MiB heap out of memory, because the
    // default bound was the whole heap and reading took two copies. The default is now half the free
    // heap, and the refusal says how to load a trusted archive; 16 MiB (one copy) loads.
    @Test
    void theDefaultBoundKeepsASmallHeapAlive() throws Exception {
        Path big = tmp.resolve("big.npz");
        Npz.saveCompressed(big, Map.of("zeros", Nd.zeros(6 * 1024 * 1024)));
        Path fits = tmp.resolve("fits.npz");
        Npz.saveCompressed(fits, Map.of("zeros", Nd.zeros(2 * 1024 * 1024)));
        assertTrue(Files.size(big) < 200_000, "a small file: " + Files.size(big));
        String refused = loadInSmallHeap(big, 64);
        assertTrue(refused.startsWith("refused Npz: uncompressed data exceed the limit of "), refused);
        assertTrue(refused.contains("Npz.load(path, maxTotalBytes)"), refused);
        assertEquals("loaded " + 2 * 1024 * 1024, loadInSmallHeap(fits, 64));
    }

    @Test
    void aCorruptedEntryLeavesNothingLoaded() throws IOException {
        // the CRC-32 is checked after the whole entry; a bad one is an error, never the bad array
        Path p = dir().resolve("badcrc.npz");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npz.load(p, 1 << 20));
        assertEquals("Npz: Bad CRC-32 for file 'x.npy'", e.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheOldFile() throws IOException {
        Path p = tmp.resolve("keep.npz");
        Npz.save(p, Map.of("a", Nd.arange(3)));
        byte[] before = Files.readAllBytes(p);
        Map<String, NDArray> bad = new LinkedHashMap<>();
        bad.put("ok", Nd.arange(2));
        bad.put("bad", null);
        assertThrows(NullPointerException.class, () -> Npz.save(p, bad));
        assertArrayEquals(before, Files.readAllBytes(p));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }
}
