package org.ndvec.io;

import java.nio.file.Path;
import java.util.Map;
import org.ndvec.NDArray;

/**
 * Run in a forked JVM with a small heap by {@link NpzTest}: loads an archive with the default
 * bound and prints one line, {@code loaded <elements>}, {@code refused <message>} or
 * {@code out of memory}.
 */
public final class NpzLoadProbe {
    private NpzLoadProbe() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Map<String, NDArray> m = Npz.load(Path.of(args[0]));
            long n = 0;
            for (NDArray a : m.values()) {
                n += a.size();
            }
            System.out.println("loaded " + n);
        } catch (IllegalArgumentException e) {
            System.out.println("refused " + e.getMessage());
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
        }
    }
}
