package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ndvec.NDArray;
import org.ndvec.Nd;

/** A failed save leaves the target as it was and no temporary file behind. */
class NpyAtomicSaveTest {

    @TempDir
    Path dir;

    private static final byte[] OLD = "previous content".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void failureWhileWritingKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("a.npy");
        Files.write(target, OLD);
        IOException boom = new IOException("disk full");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]); // some of the new content reached the temp file
            throw boom;
        }));
        assertEquals(boom, e);
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of("a.npy"), listing());
    }

    @Test
    void runtimeFailureWhileWritingKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("a.npy");
        Files.write(target, OLD);
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of("a.npy"), listing());
    }

    @Test
    void directoryTargetIsRefusedAndLeftAlone() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty.npy"));
        Path full = Files.createDirectory(dir.resolve("full.npy"));
        Files.write(full.resolve("inside"), OLD);
        for (Path target : List.of(empty, full)) {
            IOException e = assertThrows(IOException.class, () -> Npy.save(target, Nd.arange(3.0)));
            assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
            assertTrue(Files.isDirectory(target));
        }
        assertArrayEquals(OLD, Files.readAllBytes(full.resolve("inside")));
        assertEquals(List.of("empty.npy", "full.npy"), listing());
    }

    @Test
    void noArrayMeansNoFile() throws IOException {
        Path target = dir.resolve("a.npy");
        Files.write(target, OLD);
        assertThrows(NullPointerException.class, () -> Npy.save(target, (NDArray) null));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of("a.npy"), listing());
    }

    @Test
    void missingDirectoryIsAnIoError() {
        assertThrows(NoSuchFileException.class, () -> Npy.save(dir.resolve("no/such/a.npy"), Nd.arange(3.0)));
    }

    @Test
    void successReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("a.npy");
        Files.write(target, OLD);
        Npy.save(target, Nd.arange(4L));
        assertArrayEquals(new long[] {0, 1, 2, 3}, Npy.load(target).toLongArray());
        assertEquals(List.of("a.npy"), listing());
    }

    @Test
    void replacedFileKeepsItsPermissionsAndLinksStayLinks() throws IOException {
        Path target = dir.resolve("a.npy");
        Files.write(target, OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.npy"), target.getFileName());
        if (Files.getFileStore(target).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        }
        Set<?> before = Files.getFileStore(target).supportsFileAttributeView(
                java.nio.file.attribute.PosixFileAttributeView.class) ? Files.getPosixFilePermissions(target) : Set.of();
        Npy.save(link, Nd.arange(3L));
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(new long[] {0, 1, 2}, Npy.load(target).toLongArray());
        if (!before.isEmpty()) {
            assertEquals(before, Files.getPosixFilePermissions(target));
        }
        assertEquals(List.of("a.npy", "link.npy"), listing());
    }

    @Test
    void relativePathInTheWorkingDirectoryWorks() throws IOException {
        // toAbsolutePath() must give a parent for the temp file even when the path has none
        Path rel = Path.of("ndvec-npy-relative-test-" + ProcessHandle.current().pid() + ".npy");
        try {
            Npy.save(rel, Nd.arange(2.0));
            assertArrayEquals(new double[] {0, 1}, Npy.load(rel).toDoubleArray());
        } finally {
            Files.deleteIfExists(rel);
        }
    }
}
