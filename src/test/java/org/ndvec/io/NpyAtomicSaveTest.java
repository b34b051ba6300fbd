package org.ndvec.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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

    // Issue 16: Npy.save onto a named pipe replaced the pipe with a regular file. Only regular
    // files are rename-replaced; a pipe is written in place, and the reader gets the .npy bytes.
    @Test
    void aNamedPipeIsWrittenNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.npy");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        NDArray a = Nd.arange(5.0);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Npy.write(expected, a);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Npy.save(fifo, a);
        assertArrayEquals(expected.toByteArray(), read.get(30, TimeUnit.SECONDS));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther(), "still a pipe");
        assertEquals(List.of("pipe.npy"), listing());
    }

    // Issue 16: a save killed mid-write left .a.npy.<random>.tmp behind for good. A successful save
    // removes its target's temporaries that nobody has written to for an hour, and no other file.
    @Test
    void staleTemporariesOfTheTargetAreRemoved() throws IOException {
        Path target = dir.resolve("a.npy");
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path stale = Files.write(dir.resolve(".a.npy.3k9zq1x0a2b.tmp"), OLD);
        Files.setLastModifiedTime(stale, old);
        Path fresh = Files.write(dir.resolve(".a.npy.7f2m.tmp"), OLD); // a save still running
        Path otherTarget = Files.write(dir.resolve(".b.npy.3k9zq1x0a2b.tmp"), OLD);
        Files.setLastModifiedTime(otherTarget, old);
        Path notOurs = Files.write(dir.resolve(".a.npy.not-random.tmp"), OLD);
        Files.setLastModifiedTime(notOurs, old);
        Npy.save(target, Nd.arange(3.0));
        assertEquals(List.of(".a.npy.7f2m.tmp", ".a.npy.not-random.tmp", ".b.npy.3k9zq1x0a2b.tmp", "a.npy"), listing());
        assertTrue(Files.exists(fresh));
    }
}
