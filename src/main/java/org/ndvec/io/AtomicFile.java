package org.ndvec.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
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
 */
final class AtomicFile {

    /** Writes the content to a stream; the stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int CREATE_ATTEMPTS = 16;

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
