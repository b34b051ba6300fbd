package org.ndvec.properties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A flat temporary directory for properties that write files, removed with its files afterwards. */
final class ScratchDir {
    private ScratchDir() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix);
    }

    static void delete(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }
}
