package org.ndvec.kernels.tiered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue "Fast from the first call", item 2: a call returns the same bits at call #1 and at call
 * #100,000, with {@code -Dndvec.kernels=scalar} or {@code vector}, and whichever tier the default
 * dispatch is in. {@link BitsBattery} runs in four fresh JVMs (so "cold" really is cold):
 * <ul>
 *   <li>scalar kernels forced;</li>
 *   <li>vector kernels forced, the battery repeated 30 times, so its first run is interpreted and
 *       its later ones C2-compiled (the JDK's vector math stubs differed there);</li>
 *   <li>the default tiered dispatch, with every operator hot at its first call
 *       ({@code -Dndvec.tier.hot=0}), so calls switch to the vector kernels as the warm-up thread
 *       finishes them, mid-battery: cold; then every tier warmed synchronously, and the battery again.</li>
 * </ul>
 * Every digest must agree with the scalar JVM's. Independent truth for the values themselves comes
 * from the NumPy fixtures and accuracy tests of each operation; this test pins that the kernel
 * choice never changes a bit.
 */
class TieredBitsTest {

    @Test
    void everyModeAndTierGivesTheSameBits() throws Exception {
        // the test forks its own JVMs for every mode: once per build is enough
        assumeFalse("scalar".equals(System.getProperty("ndvec.kernels")));
        Map<String, String> scalar = digests(run("-Dndvec.kernels=scalar", "once"), "");
        assertTrue(scalar.size() > 100, "battery ran: " + scalar.size());

        List<String> vectorOut = run("-Dndvec.kernels=vector", "repeat");
        List<String> changed = vectorOut.stream().filter(l -> l.startsWith("CHANGED")).toList();
        assertEquals(List.of(), changed, "vector results changed between interpreted and compiled runs");
        compare("vector", scalar, digests(vectorOut, ""));

        List<String> tieredOut = run("-Dndvec.tier.hot=0", "warm");
        compare("tiered cold", scalar, digests(tieredOut, "cold "));
        compare("tiered warm", scalar, digests(tieredOut, "warm "));
        long ready = tieredOut.stream().filter(l -> l.startsWith("tier ") && l.endsWith(" READY")).count();
        assertTrue(ready > 0, "no tier reached the vector kernels:\n" + String.join("\n", tieredOut));
        assertTrue(tieredOut.contains("info tiered " + ready), "Nd.info() lists the operators on vector kernels");
    }

    private static void compare(String what, Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": battery operations");
        List<String> differ = new ArrayList<>();
        for (var e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        assertEquals(List.of(), differ, what + " differs from the scalar kernels in");
    }

    private static Map<String, String> digests(List<String> lines, String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : lines) {
            if (l.startsWith(prefix) && !l.startsWith("tier ") && !l.startsWith("CHANGED") && !l.startsWith("info ")
                    && (prefix.isEmpty() ? !l.startsWith("cold ") && !l.startsWith("warm ") : true)) {
                String body = l.substring(prefix.length());
                int sp = body.lastIndexOf(' ');
                m.put(body.substring(0, sp), body.substring(sp + 1));
            }
        }
        return m;
    }

    /** Runs BitsBattery in a fresh JVM of the running JDK with the test class path. */
    private static List<String> run(String property, String mode) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", property, "-cp", System.getProperty("java.class.path"),
                BitsBattery.class.getName(), mode));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "battery JVM did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "battery JVM failed:\n" + text);
        return text.lines().filter(l -> !l.startsWith("WARNING")).toList();
    }
}
