package org.ndvec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Nd#info()} against what the test run itself set up (the surefire execution's
 * {@code -Dndvec.kernels}, the CPU's flags in /proc/cpuinfo), and the fallback notice in a child
 * JVM that lacks the Vector API module.
 */
class NdInfoTest {
    private static final String NOT_RESOLVED =
            "module jdk.incubator.vector is not resolved (run with --add-modules jdk.incubator.vector)";

    @Test
    void reportsTheKernelsThisTestRunForced() {
        NdInfo info = Nd.info();
        String forced = System.getProperty("ndvec.kernels", "auto");
        if (forced.equals("scalar")) {
            assertEquals("scalar", info.kernels());
            assertEquals("forced by -Dndvec.kernels=scalar", info.scalarReason());
            assertEquals(0, info.vectorBits());
            assertTrue(info.toString().contains("  kernels:  scalar (forced by -Dndvec.kernels=scalar)\n"), info.toString());
        } else if (forced.equals("vector")) {
            assertEquals("vector", info.kernels());
            assertEquals("", info.scalarReason());
            assertTrue(info.vectorKernels());
        }
    }

    @Test
    void vectorWidthIsTheWidestTheCpuAdvertises() throws IOException {
        NdInfo info = Nd.info();
        Path cpuinfo = Path.of("/proc/cpuinfo");
        assumeTrue(info.vectorKernels() && Files.isReadable(cpuinfo), "Linux with the vector kernels only");
        String flags = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("flags")).findFirst().orElse("");
        List<String> f = List.of(flags.split("\\s+"));
        int expected = f.contains("avx512f") ? 512 : f.contains("avx2") ? 256 : 128;
        assertEquals(expected, info.vectorBits());
        String lanes = expected / 32 + " float32 / " + expected / 64 + " float64 lanes";
        assertTrue(info.toString().contains("  kernels:  vector (jdk.incubator.vector, " + expected + "-bit: " + lanes + ")"),
                info.toString());
    }

    @Test
    void versionJavaThreadsAndLibmAreReported() {
        NdInfo info = Nd.info();
        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), info.version());
        assertTrue(info.java().startsWith(Runtime.version().toString() + " ("), info.java());
        Integer prop = Integer.getInteger("ndvec.threads");
        assertEquals(prop != null ? prop : Runtime.getRuntime().availableProcessors(), info.threads());
        assertTrue(info.libm().startsWith("C library") || info.libm().startsWith("StrictMath ("), info.libm());
        String[] lines = info.toString().split("\n");
        assertEquals("ndvec " + info.version(), lines[0]);
        assertEquals(List.of("  java:  ", "  kernels", "  threads:", "  libm:   "),
                List.of(lines[1].substring(0, 9), lines[2].substring(0, 9), lines[3].substring(0, 10), lines[4].substring(0, 10)));
        assertEquals(info, NDArraySerializationTest.roundTripObject(info), "collected from executors: Serializable");
    }

    @Test
    void withoutTheModuleTheNoticeReachesTheLogFromTheFirstThreadThatUsesNdvec() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // java.util.logging's console handler (System.Logger's default backend) prints "LEVEL|logger|message"
        Process p = new ProcessBuilder(java, "-cp", cp, "-Djava.util.logging.SimpleFormatter.format=%4$s|%3$s|%5$s%n",
                InfoFallbackProbe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String notice = "WARNING|org.ndvec|ndvec: using scalar kernels: " + NOT_RESOLVED + "\n";
        int start = out.indexOf("TASK START Executor task launch worker for task 0.0\n");
        int logged = out.indexOf(notice);
        int end = out.indexOf("TASK INFO 3.0|scalar|" + NOT_RESOLVED + "\n");
        assertTrue(start >= 0 && start < logged && logged < end, "notice logged once the task thread used ndvec:\n" + out);
        assertEquals(logged, out.lastIndexOf(notice), "logged once per JVM");
    }
}
