package org.ndvec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.ndvec.kernels.KernelProvider;
import org.ndvec.kernels.tiered.Tier;
import org.ndvec.kernels.tiered.Warmup;
import org.ndvec.parallel.Workers;
import org.ndvec.random.RandomState;

/** Gathers {@link NdInfo} for {@link Nd#info()}; the kernel choice is read from {@link KernelProvider} only. */
final class Info {
    private static final String VERSION = readVersion();

    private Info() {
    }

    static NdInfo current() {
        Runtime.Version v = Runtime.version();
        String java = v + " (" + System.getProperty("java.vendor", "unknown vendor") + "), "
                + System.getProperty("os.name", "?") + " " + System.getProperty("os.arch", "?");
        java.util.List<String> ready = new java.util.ArrayList<>();
        java.util.List<String> warming = new java.util.ArrayList<>();
        for (Tier t : Warmup.tiers()) {
            switch (t.state()) {
                case READY -> ready.add(t.name());
                case WARMING -> warming.add(t.name());
                default -> {
                }
            }
        }
        return new NdInfo(VERSION, java, KernelProvider.chosen(), KernelProvider.scalarReason(),
                KernelProvider.vectorBits(), Workers.THREADS, libm(), ready, warming);
    }

    private static String libm() {
        if (RandomState.usesPlatformLibm()) {
            return "C library log/exp via the foreign function API (RandomState matches NumPy bit for bit)";
        }
        String why = "java".equals(System.getProperty("ndvec.random.libm"))
                ? "forced by -Dndvec.random.libm=java" : "the C library's log/exp could not be linked";
        return "StrictMath (" + why + "; normals within an ulp or two of NumPy's)";
    }

    /** The version Maven wrote into version.properties, or "unknown" when run from unfiltered sources. */
    private static String readVersion() {
        try (InputStream in = Info.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
