package org.ndvec.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.scalar.ScalarJacobiKernels;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * The vector sum kernels return the scalar kernels' bits on every vector width, interpreted or
 * compiled: child JVMs run {@link KernelDigest} with AVX-512 (if the CPU has it), AVX2 only
 * ({@code -XX:UseAVX=2}: 256-bit vectors, what Zen 3 users have) and 128-bit vectors
 * ({@code -XX:MaxVectorSize=16}, where the row sums fall back to the scalar kernels), and their
 * fingerprints, of the first and of the 30th pass, must all be the in-process scalar one.
 */
class KernelWidthsTest {

    @Test
    void everyVectorWidthGivesTheScalarBits() throws IOException, InterruptedException {
        String want = Long.toHexString(KernelDigest.of(new ScalarReductionKernels(), new ScalarJacobiKernels()));
        for (String flag : new String[] {"-XX:+UnlockDiagnosticVMOptions", "-XX:UseAVX=2", "-XX:MaxVectorSize=16"}) {
            String got = child(flag);
            assertEquals(want + " " + want, got, "first and 30th pass with " + flag);
        }
    }

    private static String child(String flag) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", flag,
                "-cp", System.getProperty("java.class.path"), KernelDigest.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "child JVM with " + flag + " failed: " + out);
        return out;
    }
}
