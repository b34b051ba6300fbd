package org.ndvec.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar ndvec-<version>.jar} as a user runs it, on the packaged jar (failsafe, after
 * {@code package}): the configuration report on this JDK 25, and the one-line refusal on JDK 17.
 * Expectations come from the JVM that is launched (its version, its processors) and the pom's version,
 * not from ndvec.
 */
class JarLauncherIT {
    private static final Path JAR = Path.of(System.getProperty("ndvec.jar", "target/ndvec.jar"));
    private static final String VERSION = System.getProperty("ndvec.version", "?");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** Debian's and Ubuntu's JDK 17: the "older JDK" this machine has; the test skips where it is absent. */
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Run(p.waitFor(), out, err.join());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void printsTheConfigurationOnJdk25() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25);
        Run r = run(JAVA, "--add-modules", "jdk.incubator.vector", "-jar", JAR.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("ndvec " + VERSION, lines.get(0));
        assertTrue(lines.get(1).startsWith("  java:     " + Runtime.version() + " ("), lines.get(1));
        assertTrue(lines.get(2).startsWith("  kernels:  tiered (jdk.incubator.vector, "), lines.get(2));
        assertTrue(lines.get(2).matches(".*, (128|256|512)-bit: \\d+ float32 / \\d+ float64 lanes\\)"), lines.get(2));
        assertTrue(lines.contains("  threads:  " + Runtime.getRuntime().availableProcessors()), r.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("  libm:     "), r.out());
        // The manifest's Enable-Native-Access: ALL-UNNAMED is what keeps this away when libm is linked.
        assertFalse(r.err().contains("restricted method"), r.err());
    }

    @Test
    void withoutTheVectorModuleItSaysWhichFlagIsMissing() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25);
        Run r = run(JAVA, "-jar", JAR.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  kernels:  scalar (module jdk.incubator.vector is not resolved "
                + "(run with --add-modules jdk.incubator.vector))\n"), r.out());
    }

    @Test
    void anOlderJdkGetsOneLineNamingNdvecAndJdk25() throws Exception {
        assumeTrue(Files.isExecutable(JAVA_17), JAVA_17 + " is not installed");
        Run r = run(JAVA_17.toString(), "-jar", JAR.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        List<String> err = new ArrayList<>(r.err().lines().toList());
        assertEquals(1, err.size(), r.err());
        assertTrue(err.get(0).startsWith("ndvec " + VERSION + " needs JDK 25 or later, but this is Java 17."), err.get(0));
        assertTrue(err.get(0).endsWith("run it with a JDK 25 java"), err.get(0));
    }

    @Test
    void onlyTheLauncherIsOlderThanRelease25() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("org.ndvec.launcher.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("ALL-UNNAMED", jar.getManifest().getMainAttributes().getValue("Enable-Native-Access"));
            assertEquals(52, major(jar, "org/ndvec/launcher/Main.class"), "Main: release 8");
            assertEquals(69, major(jar, "org/ndvec/Nd.class"), "the library: release 25");
        }
    }

    private static int major(JarFile jar, String entry) throws IOException {
        try (DataInputStream in = new DataInputStream(jar.getInputStream(jar.getEntry(entry)))) {
            assertEquals(0xCAFEBABE, in.readInt());
            in.readUnsignedShort();
            return in.readUnsignedShort();
        }
    }
}
