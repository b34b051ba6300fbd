package org.ndvec.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the content goes to a temporary file in the same directory,
 * is forced to disk, and is then renamed over the target. Readers (and a crash) see either the
 * old file or the complete new one, never a prefix. On any failure the temporary file is
 * deleted and the target is left as it was.
 *
 * <p>The saved file looks like one written in place: a new file gets the default permissions
 * (honouring the umask, not the owner-only ones of {@code Files.createTempFile}), a replaced
 * file keeps its permissions, and a symbolic link keeps pointing at the (replaced) file.
 *
 * <p>Only regular files are replaced. A target that exists and is something else (a named
 * pipe, a device such as {@code /dev/null}, a socket) is written in place, as a stream, since
 * renaming a file over it would remove it (an atomic save onto a pipe used to replace the pipe).
 *
 * <p>Temporary files are named {@code .<name>.<random>.tmp}. A process killed while saving
 * leaves its temporary file behind; each successful save removes the ones of its own target
 * that have not been modified for {@link #STALE_AGE} (a save still running keeps writing to
 * its file, so its modification time stays recent).
 */
final class AtomicFile {

    /** Writes the content to a stream; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int CREATE_ATTEMPTS = 16;

    /** A temporary file this long untouched belongs to a save that died. */
    static final Duration STALE_AGE = Duration.ofHours(1);

    private AtomicFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new FileSystemException(target.toString(), null, "is a directory; refusing to replace it");
        }
        if (Files.isSymbolicLink(abs)) {
            // Writing in place would go through the link; replace the file it points to, not the link.
            abs = abs.toRealPath();
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            try (OutputStream out = Files.newOutputStream(abs, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            return;
        }
        Path dir = abs.getParent();
        Path tmp = createTemp(dir, abs.getFileName().toString());
        try {
            keepPermissions(abs, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            removeStale(dir, abs.getFileName().toString());
        } catch (Throwable t) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                t.addSuppressed(suppressed);
            }
            throw t;
        }
    }

    /**
     * Writing in place would keep the old file's permissions; a replacement should too.
     * Best effort: file systems without POSIX permissions keep their defaults.
     */
    private static void keepPermissions(Path old, Path tmp) throws IOException {
        if (Files.exists(old) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(old));
        }
    }

    /** Deletes this target's temporary files that are older than {@link #STALE_AGE}; best effort. */
    private static void removeStale(Path dir, String name) {
        String prefix = "." + name + ".";
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AGE));
        DirectoryStream.Filter<Path> ours = p -> {
            String f = p.getFileName().toString();
            return f.startsWith(prefix) && f.endsWith(".tmp")
                    && f.substring(prefix.length(), f.length() - 4).matches("[0-9a-z]{1,13}");
        };
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ours)) {
            for (Path t : temps) {
                try {
                    if (Files.isRegularFile(t, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(t, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(t);
                    }
                } catch (IOException e) {
                    // another process may have removed or be using it: leave it
                }
            }
        } catch (IOException e) {
            // the save itself succeeded; an unreadable directory listing only leaves the leftovers
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path tmp = dir.resolve("." + name + "." + suffix + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
