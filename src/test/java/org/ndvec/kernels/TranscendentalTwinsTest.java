package org.ndvec.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ndvec.kernels.scalar.ScalarFloat32Elementwise;
import org.ndvec.kernels.scalar.ScalarFloat64Elementwise;
import org.ndvec.kernels.scalar.ScalarReductionKernels;

/**
 * The vector transcendental kernels (exp, log, tanh, sigmoid, silu, tanh-GELU of float32 and
 * float64, and the exp passes of softmax, logSoftmax, logSumExp and cross-entropy) return the
 * scalar twins' bits for every input, size and offset, in every compilation state, so dispatch
 * may switch between them at any call or between the chunks of one call. The truth here is the
 * scalar twin; TranscendentalAccuracyTest and
 * GeluFloat64AccuracyTest check them against independent references.
 */
class TranscendentalTwinsTest {

    static Float32Elementwise vector32() {
        return KernelProvider.vector(Float32Elementwise.class, "org.ndvec.kernels.vector.VectorFloat32Elementwise")
                .orElseThrow();
    }

    static Float64Elementwise vector64() {
        return KernelProvider.vector(Float64Elementwise.class, "org.ndvec.kernels.vector.VectorFloat64Elementwise")
                .orElseThrow();
    }

    static ReductionKernels vectorReductions() {
        return KernelProvider.vector(ReductionKernels.class, "org.ndvec.kernels.vector.VectorReductionKernels")
                .orElseThrow();
    }

    private static boolean vectorAvailable() {
        return KernelProvider.vector(Float32Elementwise.class, "org.ndvec.kernels.vector.VectorFloat32Elementwise")
                .isPresent();
    }

    @Test
    void vectorKernelsGiveTheScalarBitsBeforeAndAfterC2() {
        Assumptions.assumeTrue(vectorAvailable(), "Vector API not available");
        Float32Elementwise v32 = vector32();
        Float64Elementwise v64 = vector64();
        ReductionKernels vr = vectorReductions();
        // round 0: whatever state the kernels are in (interpreted when this test runs first);
        // the loop then calls every kernel some 600 times on up to 4098 elements, past C2's
        // thresholds (checked with -XX:+PrintCompilation: the vector loops reach tier 4 within
        // the first rounds), and the last rounds compare the compiled code
        for (int round = 0; round < 12; round++) {
            List<String> bad = TwinWorkload.compare(v32, v64, vr, 100 + round, Integer.MAX_VALUE, new CRC32());
            assertTrue(bad.isEmpty(), "round " + round + ": " + bad.size() + " mismatches, first: "
                    + String.join("\n", bad.subList(0, Math.min(10, bad.size()))));
        }
    }

    /**
     * Child JVMs that keep the kernels interpreted ({@code -Xint}), stop at C1, or use 256-bit
     * species as on AVX2 ({@code -XX:UseAVX=2}): in each, the vector kernels give the scalar bits
     * on their first calls and again once warm, and the scalar bits are this JVM's. The children
     * do not depend on {@code ndvec.kernels}, so they run in the vector execution of the suite only.
     */
    @Test
    void vectorKernelsGiveTheScalarBitsInEveryCompilationStateAndWidth() throws Exception {
        Assumptions.assumeTrue(vectorAvailable(), "Vector API not available");
        Assumptions.assumeFalse("scalar".equals(System.getProperty(KernelProvider.PROPERTY)),
                "runs once, in the vector execution");
        long seed = 7;
        // {JVM flag, largest size, warm-up calls}: the interpreter is slow, so it runs the sizes
        // up to 40 (every tail of a 16- and an 8-lane loop); C1 compiles the loops after ~32 calls
        // of 1000 elements; with 1500, -XX:+PrintCompilation shows every vector loop at tier 4
        List<String[]> modes = new ArrayList<>();
        modes.add(new String[] {"-Xint", "40", "0"});
        modes.add(new String[] {"-XX:TieredStopAtLevel=1", "65", "60"});
        if (System.getProperty("os.arch", "").matches("amd64|x86_64")) {
            modes.add(new String[] {"-XX:UseAVX=2", "4098", "1500"});
        }
        for (String[] mode : modes) {
            int limit = Integer.parseInt(mode[1]);
            CRC32 digest = new CRC32();
            TwinWorkload.compare(new ScalarFloat32Elementwise(), new ScalarFloat64Elementwise(),
                    new ScalarReductionKernels(), seed, limit, digest);
            String want = "digest " + Long.toHexString(digest.getValue()) + " mismatches 0";
            List<String> lines = runChild(mode[0], seed, limit, Integer.parseInt(mode[2]));
            int comparisons = mode[2].equals("0") ? 1 : 2;
            assertTrue(lines.size() >= comparisons, mode[0] + " printed " + lines);
            for (int r = 0; r < comparisons; r++) {
                assertEquals(want, lines.get(r), mode[0] + (r == 0 ? " first calls: " : " warm: ") + lines);
            }
        }
    }

    private static List<String> runChild(String mode, long seed, int limit, int warm)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, mode));
        cmd.addAll(List.of("--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                TwinWorkloadMain.class.getName(), Long.toString(seed), Integer.toString(limit),
                Integer.toString(warm)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out.lines().toList();
    }
}
